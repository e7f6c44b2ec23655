package org.schoolshuttle.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Reads sponsorships for other features (dashboard, reports, pages); no access checks: callers have done them. */
@ApplicationScoped
public class Sponsorships {

    static final int ENDING_SOON_DAYS = 30;

    private final SponsorshipRepository sponsorships;
    private final SponsorRepository sponsors;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final EntityManager em;

    Sponsorships(SponsorshipRepository sponsorships, SponsorRepository sponsors, RouteRepository routes,
                 VehicleRepository vehicles, EntityManager em) {
        this.sponsorships = sponsorships;
        this.sponsors = sponsors;
        this.routes = routes;
        this.vehicles = vehicles;
        this.em = em;
    }

    /** The village's sponsorships covering any day of the period. */
    public List<Sponsorship> overlapping(long villageId, LocalDate from, LocalDate to) {
        return sponsorships.overlapping(villageId, from, to);
    }

    /** One sponsor's sponsorships covering any day of the period. */
    public List<Sponsorship> ofSponsor(long sponsorId, LocalDate from, LocalDate to) {
        return sponsorships.list("sponsorId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn >= ?2) "
                + "order by startsOn, id", sponsorId, from, to);
    }

    /** Of the sponsorships active today (as {@link #overlapping} reads them), those ending within 30 days. */
    public List<SponsorshipView> endingSoon(List<Sponsorship> activeToday, LocalDate today) {
        return activeToday.stream().filter(s -> s.endsOn != null && !s.endsOn.isAfter(today.plusDays(ENDING_SOON_DAYS)))
                .sorted(Comparator.comparing((Sponsorship s) -> s.endsOn).thenComparing(s -> s.id))
                .map(s -> view(s, today)).toList();
    }

    public SponsorshipView view(Sponsorship s, LocalDate today) {
        Sponsor sponsor = sponsors.findById(s.sponsorId);
        Route route = s.coversVehicle() ? null : currentRoute(s);
        Vehicle vehicle = s.coversVehicle() ? vehicles.findById(s.vehicleId) : null;
        String status = today.isBefore(s.startsOn) ? "UPCOMING" : s.activeOn(today) ? "ACTIVE" : "ENDED";
        boolean endingSoon = "ACTIVE".equals(status) && s.endsOn != null
                && !s.endsOn.isAfter(today.plusDays(ENDING_SOON_DAYS));
        return new SponsorshipView(s.id, s.villageId, s.sponsorId, sponsor.name, s.coversVehicle() ? "VEHICLE" : "ROUTE",
                route == null ? null : route.id, route == null ? null : route.name,
                vehicle == null ? null : vehicle.id, vehicle == null ? null : vehicle.plate,
                s.startsOn, s.endsOn, s.seatsCommitted, s.amountCommitted, s.note, status, endingSoon);
    }

    /** The route of a route sponsorship that families ride now, else the latest one it covered. */
    Route currentRoute(Sponsorship s) {
        List<Route> published = em.createQuery("select r from Route r, PublishedPlan p where r.planId = p.planId "
                + "and r.id in :ids", Route.class).setParameter("ids", s.routeIds).getResultList();
        if (!published.isEmpty()) {
            return published.get(0);
        }
        return routes.findById(s.routeIds.stream().max(Long::compare).orElseThrow());
    }
}
