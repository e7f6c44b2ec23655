package org.schoolshuttle.fleet;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class EscortService {

    static final String AUDIT_TYPE = "escort";

    private final EscortRepository escorts;
    private final VillageService villages;
    private final SponsorService sponsors;
    private final Compliance compliance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final FleetUse use;

    EscortService(EscortRepository escorts, VillageService villages, SponsorService sponsors, Compliance compliance,
                  AccessPolicy access, AuditLog audit, Clock clock, FleetUse use) {
        this.escorts = escorts;
        this.villages = villages;
        this.sponsors = sponsors;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.use = use;
    }

    /**
     * @throws NotFoundException     when the village is outside the caller's scope
     * @throws InvalidInputException for an impossible phone number or inconsistent vetting dates
     * @throws DomainRuleException   when the employer is not a sponsor of the same village
     */
    @Transactional
    public EscortView create(EscortRequest request) {
        villages.visible(request.villageId());
        Escort escort = new Escort();
        escort.villageId = request.villageId();
        apply(escort, request);
        escort.createdAt = clock.instant();
        escorts.persist(escort);
        audit.created(AUDIT_TYPE, escort.id, escort.villageId, escort.snapshot());
        return EscortView.from(escort);
    }

    /** As {@link #create}; the village cannot change (422). */
    @Transactional
    public EscortView update(long id, EscortRequest request) {
        Escort escort = visible(id);
        if (!escort.villageId.equals(request.villageId())) {
            throw new DomainRuleException("villageId", "cannot change: an escort belongs to the village they were created in");
        }
        Map<String, Object> before = escort.snapshot();
        apply(escort, request);
        audit.updated(AUDIT_TYPE, escort.id, escort.villageId, before, escort.snapshot());
        return EscortView.from(escort);
    }

    /** @throws NotFoundException when the escort does not exist or is outside the caller's villages */
    @Transactional
    public void delete(long id) {
        Escort escort = visible(id);
        List<String> users = use.ofEscort(id);
        if (!users.isEmpty()) {
            throw new ConflictException("id", "the escort rides " + String.join(", ", users)
                    + "; name another escort for those routes first");
        }
        escorts.delete(escort);
        audit.deleted(AUDIT_TYPE, id, escort.villageId);
    }

    /** @throws NotFoundException when the escort does not exist or is outside the caller's villages */
    public EscortView get(long id) {
        return EscortView.from(visible(id));
    }

    /** @param villageId optional; a village outside the caller's scope answers 404 */
    public Page<EscortView> list(Long villageId, PageRequest page) {
        return ScopedQuery.inVillages(access, villageId)
                .page(escorts, Sort.by("familyName").and("givenName").and("id"), page, EscortView::from);
    }

    /**
     * @param date YYYY-MM-DD, or {@code null} for today in the escort's village
     * @throws InvalidInputException naming {@code date} when it is not a date
     */
    public Fitness fitness(long id, String date) {
        Escort escort = visible(id);
        return compliance.ofEscort(escort.id, compliance.dateOrToday(date, escort.villageId));
    }

    private Escort visible(long id) {
        Escort escort = escorts.findById(id);
        if (escort == null || !access.coversVillage(escort.villageId)) {
            throw new NotFoundException("Escort", id);
        }
        return escort;
    }

    private void apply(Escort escort, EscortRequest request) {
        if (request.employerSponsorId() != null) {
            sponsors.requireInVillage(request.employerSponsorId(), escort.villageId, "employerSponsorId");
        }
        escort.givenName = request.givenName().trim();
        escort.familyName = request.familyName().trim();
        escort.phone = PhoneNumber.normalise(request.phone(), "phone");
        escort.employerSponsorId = request.employerSponsorId();
        escort.vetting(Vetting.checked(request.backgroundCheckOn(), request.backgroundCheckExpiry(), request.trainingOn()));
    }
}
