package org.schoolshuttle.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.PublishedPlanRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Coordinators assign and end sponsorships; a sponsor's own login reads its own. */
@ApplicationScoped
public class SponsorshipService {

    static final String AUDIT_TYPE = "sponsorship";

    private final SponsorshipRepository sponsorships;
    private final Sponsorships reading;
    private final SponsorRepository sponsors;
    private final RouteRepository routes;
    private final PublishedPlanRepository published;
    private final SchoolRepository schools;
    private final VehicleRepository vehicles;
    private final VillageRepository villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    SponsorshipService(SponsorshipRepository sponsorships, Sponsorships reading, SponsorRepository sponsors,
                       RouteRepository routes, PublishedPlanRepository published, SchoolRepository schools,
                       VehicleRepository vehicles, VillageRepository villages, AccessPolicy access, AuditLog audit,
                       Clock clock) {
        this.sponsorships = sponsorships;
        this.reading = reading;
        this.sponsors = sponsors;
        this.routes = routes;
        this.published = published;
        this.schools = schools;
        this.vehicles = vehicles;
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException   when the sponsor is outside the caller's villages
     * @throws DomainRuleException when the target is missing, doubled, of another village or not published, the
     *                             period is backwards, nothing is committed or more seats than the vehicle has
     */
    @Transactional
    public SponsorshipView create(SponsorshipRequest request) {
        Sponsor sponsor = sponsors.findById(request.sponsorId());
        if (sponsor == null || !access.coversVillage(sponsor.villageId)) {
            throw new NotFoundException("Sponsor", request.sponsorId());
        }
        if ((request.routeId() == null) == (request.vehicleId() == null)) {
            throw new DomainRuleException(request.routeId() == null ? "routeId" : "vehicleId",
                    "name exactly one of routeId and vehicleId: a sponsorship supports one route or one vehicle");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new DomainRuleException("endsOn", "must not be before startsOn");
        }
        if (request.seatsCommitted() == null && request.amountCommitted() == null) {
            throw new DomainRuleException("seatsCommitted", "commit seats, an amount (amountCommitted) or both");
        }
        Sponsorship s = new Sponsorship();
        s.villageId = sponsor.villageId;
        s.sponsorId = sponsor.id;
        int seats = request.routeId() != null ? publishedRoute(request.routeId(), sponsor.villageId, s)
                : vehicle(request.vehicleId(), sponsor.villageId, s);
        if (request.seatsCommitted() != null && request.seatsCommitted() > seats) {
            throw new DomainRuleException("seatsCommitted", "must be at most the " + seats + " seats of the "
                    + (request.routeId() != null ? "route" : "vehicle"));
        }
        s.startsOn = request.startsOn();
        s.endsOn = request.endsOn();
        s.seatsCommitted = request.seatsCommitted();
        s.amountCommitted = request.amountCommitted();
        s.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        s.createdAt = clock.instant();
        s.createdBy = access.caller().accountId();
        sponsorships.persist(s);
        audit.created(AUDIT_TYPE, s.id, s.villageId, s.snapshot());
        return reading.view(s, today(s.villageId));
    }

    /**
     * Ends a sponsorship after {@code lastDay} (today when not given): it may shorten the period, never lengthen it.
     *
     * @throws DomainRuleException when the day is before the start or after the current end
     */
    @Transactional
    public SponsorshipView end(long id, EndRequest request) {
        Sponsorship s = visible(id);
        LocalDate today = today(s.villageId);
        LocalDate lastDay = request == null || request.lastDay() == null ? today : request.lastDay();
        if (lastDay.isBefore(s.startsOn)) {
            throw new DomainRuleException("lastDay", "must not be before the sponsorship's first day " + s.startsOn);
        }
        if (s.endsOn != null && lastDay.isAfter(s.endsOn)) {
            throw new DomainRuleException("lastDay", "must not be after the sponsorship's last day " + s.endsOn
                    + "; assign a new sponsorship to extend it");
        }
        Map<String, Object> before = s.snapshot();
        s.endsOn = lastDay;
        s.endedAt = clock.instant();
        s.endedBy = access.caller().accountId();
        audit.updated(AUDIT_TYPE, s.id, s.villageId, before, s.snapshot());
        return reading.view(s, today);
    }

    @Transactional
    public SponsorshipView get(long id) {
        Sponsorship s = visible(id);
        return reading.view(s, today(s.villageId));
    }

    /**
     * A village's sponsorships (all or one sponsor's) by first day; a sponsor's login sees only its own.
     *
     * @param villageId required for administrators and coordinators; a village outside their scope answers 404
     * @param sponsorId optional filter
     * @param status    optional: UPCOMING, ACTIVE or ENDED
     */
    @Transactional
    public List<SponsorshipView> list(Long villageId, Long sponsorId, String status) {
        Caller caller = access.caller();
        List<Sponsorship> found;
        if (caller.is(Role.SPONSOR)) {
            if (sponsorId != null && !sponsorId.equals(caller.sponsorId())) {
                throw new NotFoundException("Sponsor", sponsorId);
            }
            found = sponsorships.list("sponsorId = ?1 order by startsOn, id", caller.sponsorId());
        } else {
            if (villageId == null) {
                throw new InvalidInputException("villageId", "is required");
            }
            if (!access.coversVillage(villageId)) {
                throw new NotFoundException("Village", villageId);
            }
            found = sponsorId == null ? sponsorships.list("villageId = ?1 order by startsOn, id", villageId)
                    : sponsorships.list("villageId = ?1 and sponsorId = ?2 order by startsOn, id", villageId, sponsorId);
        }
        return found.stream().map(s -> reading.view(s, today(s.villageId)))
                .filter(v -> status == null || v.status().equals(status)).toList();
    }

    private Sponsorship visible(long id) {
        Sponsorship s = sponsorships.findById(id);
        if (s == null || !access.seesSponsor(s.sponsorId, s.villageId)) {
            throw new NotFoundException("Sponsorship", id);
        }
        return s;
    }

    private int publishedRoute(long routeId, long villageId, Sponsorship s) {
        Route route = routes.findById(routeId);
        if (route == null || !schools.findById(route.schoolId).villageId.equals(villageId)) {
            throw new DomainRuleException("routeId", "there is no route " + routeId + " in the sponsor's village");
        }
        var current = published.findById(route.schoolId);
        if (current == null || !current.planId.equals(route.planId)) {
            throw new DomainRuleException("routeId", "must be a route of the school's published plan");
        }
        s.routeIds.add(route.id);
        return route.seats;
    }

    private int vehicle(long vehicleId, long villageId, Sponsorship s) {
        Vehicle vehicle = vehicles.findById(vehicleId);
        if (vehicle == null || !vehicle.villageId.equals(villageId)) {
            throw new DomainRuleException("vehicleId", "there is no vehicle " + vehicleId + " in the sponsor's village");
        }
        s.vehicleId = vehicle.id;
        return vehicle.childSeats;
    }

    private LocalDate today(long villageId) {
        Village village = villages.findById(villageId);
        return LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
    }
}
