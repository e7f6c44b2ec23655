package org.schoolshuttle.notify;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;

import java.time.Clock;
import java.util.List;

/**
 * Queues messages to families, crews and coordinators in the transaction of the change they tell of (so a message
 * goes out exactly when the change commits), each in the recipient's language, with a delivery per channel; and
 * shows each caller their own messages.
 */
@ApplicationScoped
public class Outbox {

    /** A family's child has a new stop or new times. */
    public static final String PLAN_CHANGED = "PLAN_CHANGED";
    /** The crew's run starts soon. */
    public static final String RUN_REMINDER = "RUN_REMINDER";

    private final OutboxMessageRepository messages;
    private final MessageDeliveryRepository deliveries;
    private final GuardianRepository guardians;
    private final AccountRepository accounts;
    private final NotifyConfig config;
    private final AccessPolicy access;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, MessageDeliveryRepository deliveries, GuardianRepository guardians,
           AccountRepository accounts, NotifyConfig config, AccessPolicy access, Clock clock) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.guardians = guardians;
        this.accounts = accounts;
        this.config = config;
        this.access = access;
        this.clock = clock;
    }

    /** To a family, about one of their children. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(long guardianId, Long childId, String topic, Text text) {
        Guardian guardian = guardians.findById(guardianId);
        // Only the account's language, not the account: a message goes out with nearly every tap on a driver's phone.
        List<String> accountLanguage = accounts.getEntityManager()
                .createQuery("select a.language from Account a where a.guardianId = ?1", String.class)
                .setParameter(1, guardianId).setMaxResults(1).getResultList();
        // A family the coordinator imported has no account yet: the language the import gave.
        String language = !accountLanguage.isEmpty() ? accountLanguage.get(0)
                : guardian != null && guardian.language != null ? guardian.language : Text.CHINESE;
        OutboxMessage m = message(topic, text.in(language), language);
        m.guardianId = guardianId;
        m.childId = childId;
        messages.persist(m);
        if (guardian != null && guardian.anonymisedAt == null) {
            channels(m, guardian.email, guardian.phone, (guardian.familyName == null ? "" : guardian.familyName)
                    + (guardian.givenName == null ? "" : guardian.givenName));
        }
    }

    /**
     * To someone with an account: a coordinator, a driver.
     *
     * @param phone the number to text when the account has none of its own (a driver's record has one)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueToAccount(Account account, String phone, String topic, Text text) {
        OutboxMessage m = message(topic, text.in(account.language), account.language);
        m.accountId = account.id;
        messages.persist(m);
        channels(m, account.email, account.phone != null ? account.phone : phone, account.displayName);
    }

    /**
     * To a driver: through their log-in (feed, email, their language) when they have one, else by phone alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueToDriver(long driverId, String phone, String name, String topic, Text text) {
        Account account = accounts.find("driverId", driverId).firstResult();
        if (account != null) {
            queueToAccount(account, phone, topic, text);
        } else {
            queueToPhone(phone, name, topic, text);
        }
    }

    /** To someone known only by phone (an escort): through the webhook's gateway alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueToPhone(String phone, String name, String topic, Text text) {
        OutboxMessage m = message(topic, text.in(Text.CHINESE), Text.CHINESE);
        messages.persist(m);
        channels(m, null, phone, name);
    }

    private OutboxMessage message(String topic, String body, String language) {
        OutboxMessage m = new OutboxMessage();
        m.topic = topic;
        m.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        m.language = language;
        m.createdAt = clock.instant();
        return m;
    }

    private void channels(OutboxMessage m, String email, String phone, String name) {
        if (config.emailEnabled() && email != null && !email.isBlank()) {
            delivery(m, MessageDelivery.Channel.EMAIL, email, name);
        }
        if (config.webhookUrl().isPresent() && phone != null && !phone.isBlank()) {
            delivery(m, MessageDelivery.Channel.WEBHOOK, phone, name);
        }
    }

    private void delivery(OutboxMessage m, MessageDelivery.Channel channel, String address, String name) {
        MessageDelivery d = new MessageDelivery();
        d.messageId = m.id;
        d.channel = channel;
        d.address = address;
        d.recipientName = name;
        d.status = MessageDelivery.Status.PENDING;
        d.nextAttemptAt = m.createdAt;
        deliveries.persist(d);
    }

    /** The caller's messages, newest first: a parent's family's, anyone else's own. */
    public Page<MessageView> mine(PageRequest page) {
        Caller caller = access.caller();
        ScopedQuery query = caller.is(Role.PARENT)
                ? ScopedQuery.unscoped().and("guardianId = :guardian", "guardian", caller.guardianId())
                : ScopedQuery.unscoped().and("accountId = :account", "account", caller.accountId());
        return query.page(messages, Sort.descending("createdAt", "id"), page, MessageView::from);
    }
}
