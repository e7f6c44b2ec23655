package org.schoolshuttle.notify;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;

import java.util.List;
import java.time.Clock;

/** Raises alerts to a village's coordinators and lets them see and acknowledge their own villages' alerts. */
@ApplicationScoped
public class Alerts {

    /** A run was generated BLOCKED: its driver, escort or vehicle is not fit that day. */
    public static final String RUN_BLOCKED = "RUN_BLOCKED";
    /** A run was not started some minutes after its first planned stop. */
    public static final String RUN_NOT_STARTED = "RUN_NOT_STARTED";
    /** A run's window has passed and it was never completed. */
    public static final String RUN_NOT_COMPLETED = "RUN_NOT_COMPLETED";
    /** A run was completed with a child resolved only by the driver's note. */
    public static final String CHILD_EXCEPTION = "CHILD_EXCEPTION";
    /** Licences, checks, trainings, inspections or insurance running out within the warning time. */
    public static final String EXPIRY_WARNING = "EXPIRY_WARNING";

    private final CoordinatorAlertRepository alerts;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    Alerts(CoordinatorAlertRepository alerts, AccountRepository accounts, Outbox outbox, AccessPolicy access, Clock clock) {
        this.alerts = alerts;
        this.accounts = accounts;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Raises an alert in the caller's transaction. A run has at most one alert of each kind, so a job that runs
     * twice alerts once.
     *
     * @return whether a new alert was raised
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(long villageId, Long runId, String kind, Text message) {
        if (runId != null && alerts.count("runId = ?1 and kind = ?2", runId, kind) > 0) {
            return false;
        }
        CoordinatorAlert a = new CoordinatorAlert();
        a.villageId = villageId;
        a.runId = runId;
        a.kind = kind;
        a.message = message.en().length() > 2000 ? message.en().substring(0, 2000) : message.en();
        a.createdAt = clock.instant();
        alerts.persist(a);
        // Each coordinator of the village hears of it at once, in their language, on every channel they have.
        for (Account coordinator : accounts.list("select a from Account a join a.villageIds v where v = ?1 and a.role = ?2",
                villageId, Role.COORDINATOR)) {
            outbox.queueToAccount(coordinator, null, kind, message);
        }
        return true;
    }

    /**
     * Raises a village-wide alert (not about one run) unless one of the kind was raised within {@code period}, so a
     * weekly job that fires twice warns once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raiseOncePer(long villageId, String kind, java.time.Duration period, Text message) {
        if (alerts.count("villageId = ?1 and kind = ?2 and runId is null and createdAt > ?3", villageId, kind,
                clock.instant().minus(period)) > 0) {
            return false;
        }
        return raise(villageId, null, kind, message);
    }

    /** The alerts of the caller's villages (or one of them), newest first; only open ones unless {@code all}. */
    public Page<AlertView> list(Long villageId, boolean all, PageRequest page) {
        ScopedQuery query = ScopedQuery.inVillages(access, villageId);
        if (!all) {
            query.where("acknowledgedAt is null");
        }
        return query.page(alerts, Sort.descending("createdAt", "id"), page, AlertView::from);
    }

    /** The newest alerts of a village nobody has dealt with yet, as the dashboard lists them. */
    public List<AlertView> open(long villageId, int limit) {
        if (!access.coversVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        // Columns, not entities: the dashboard shows these on every visit.
        return alerts.getEntityManager().createQuery("select new org.schoolshuttle.notify.AlertView(a.id, a.villageId, "
                        + "a.runId, a.kind, a.message, a.createdAt, a.acknowledgedAt) from CoordinatorAlert a "
                        + "where a.villageId = :village and a.acknowledgedAt is null order by a.createdAt desc, a.id desc",
                        AlertView.class).setParameter("village", villageId).setMaxResults(limit).getResultList();
    }

    @Transactional
    public AlertView acknowledge(long id) {
        CoordinatorAlert a = alerts.findByIdOptional(id)
                .filter(found -> access.coversVillage(found.villageId))
                .orElseThrow(() -> new NotFoundException("Alert", id));
        if (a.acknowledgedAt == null) {
            a.acknowledgedAt = clock.instant();
            a.acknowledgedBy = access.caller().accountId();
        }
        return AlertView.from(a);
    }
}
