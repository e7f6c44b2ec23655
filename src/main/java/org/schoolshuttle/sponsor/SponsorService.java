package org.schoolshuttle.sponsor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class SponsorService {

    static final String AUDIT_TYPE = "sponsor";

    private final SponsorRepository sponsors;
    private final VillageService villages;
    private final SponsorLogins logins;
    private final Instance<SponsorReferences> references;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    SponsorService(SponsorRepository sponsors, VillageService villages, SponsorLogins logins,
                   Instance<SponsorReferences> references, AccessPolicy access, AuditLog audit, Clock clock) {
        this.sponsors = sponsors;
        this.villages = villages;
        this.logins = logins;
        this.references = references;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws NotFoundException when the village does not exist or the caller does not coordinate it */
    @Transactional
    public SponsorView create(SponsorRequest request) {
        villages.visible(request.villageId());
        Sponsor sponsor = new Sponsor();
        sponsor.villageId = request.villageId();
        apply(sponsor, request);
        sponsor.createdAt = clock.instant();
        sponsors.persist(sponsor);
        audit.created(AUDIT_TYPE, sponsor.id, sponsor.villageId, sponsor.snapshot());
        return SponsorView.from(sponsor);
    }

    /** @throws DomainRuleException when the request names another village: a sponsor does not move */
    @Transactional
    public SponsorView update(long id, SponsorRequest request) {
        Sponsor sponsor = visible(id);
        if (!sponsor.villageId.equals(request.villageId())) {
            throw new DomainRuleException("villageId", "cannot change: a sponsor belongs to the village it was created in");
        }
        Map<String, Object> before = sponsor.snapshot();
        apply(sponsor, request);
        audit.updated(AUDIT_TYPE, sponsor.id, sponsor.villageId, before, sponsor.snapshot());
        return SponsorView.from(sponsor);
    }

    /**
     * Deletes the sponsor and the logins bound to it.
     *
     * @throws ConflictException while a driver, escort or vehicle still refers to the sponsor
     */
    @Transactional
    public void delete(long id) {
        Sponsor sponsor = visible(id);
        List<String> users = new ArrayList<>();
        references.forEach(r -> users.addAll(r.describe(id)));
        if (!users.isEmpty()) {
            throw new ConflictException("id", "the sponsor is still referred to by " + String.join(", ", users)
                    + "; change or delete those first");
        }
        logins.deleteAll(sponsor);
        sponsors.delete(sponsor);
        audit.deleted(AUDIT_TYPE, id, sponsor.villageId);
    }

    /**
     * Creates a read-only SPONSOR login bound to the sponsor.
     *
     * @throws NotFoundException     when the sponsor is outside the caller's villages
     * @throws ConflictException     when the user name is taken
     * @throws InvalidInputException when the password breaks the password policy
     */
    @Transactional
    public SponsorAccountView createAccount(long id, SponsorAccountRequest request) {
        return logins.create(visible(id), request);
    }

    /** Administrators and the village's coordinators see a sponsor; a sponsor's login sees only its own. */
    public SponsorView get(long id) {
        Caller caller = access.caller();
        if (caller.is(Role.SPONSOR)) {
            Sponsor own = Long.valueOf(id).equals(caller.sponsorId()) ? sponsors.findById(id) : null;
            if (own == null) {
                throw new NotFoundException("Sponsor", id);
            }
            return SponsorView.from(own);
        }
        return SponsorView.from(visible(id));
    }

    /**
     * @param villageId optional; a village outside the caller's scope answers 404
     * @param kind      optional
     */
    public Page<SponsorView> list(Long villageId, Sponsor.Kind kind, PageRequest page) {
        if (villageId != null && !access.coversVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        var query = sponsors.search(villageId != null ? Set.of(villageId) : access.villageScope(), kind);
        List<SponsorView> items = query.page(page.panache()).list().stream().map(SponsorView::from).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /**
     * For features that name a sponsor (a driver's employer, a vehicle's owner).
     *
     * @param field the request field reported when the rule is broken
     * @throws DomainRuleException when the sponsor does not exist or belongs to another village
     */
    public void requireInVillage(long sponsorId, long villageId, String field) {
        Sponsor sponsor = sponsors.findById(sponsorId);
        if (sponsor == null || sponsor.villageId != villageId) {
            throw new DomainRuleException(field, "must be a sponsor of the same village (village " + villageId + ")");
        }
    }

    /** @throws NotFoundException when the sponsor does not exist or the caller does not coordinate its village */
    Sponsor visible(long id) {
        Sponsor sponsor = sponsors.findById(id);
        if (sponsor == null || !access.coversVillage(sponsor.villageId)) {
            throw new NotFoundException("Sponsor", id);
        }
        return sponsor;
    }

    private static void apply(Sponsor sponsor, SponsorRequest request) {
        sponsor.kind = request.kind();
        sponsor.name = request.name().trim();
        sponsor.contactName = blankToNull(request.contactName());
        sponsor.contactPhone = PhoneNumber.normaliseOptional(request.contactPhone(), "contactPhone");
        sponsor.contactEmail = blankToNull(request.contactEmail());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
