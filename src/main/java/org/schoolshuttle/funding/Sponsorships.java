package org.schoolshuttle.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.common.Hql;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * What a village's sponsorships active on a day cover: routes, vehicles, and which of them end within 30 days.
     * Read as columns in one statement, because the dashboard asks on every visit and most days nothing ends.
     */
    public record Cover(Set<Long> routeIds, Set<Long> vehicleIds, Set<Long> endingSoon) {
    }

    public Cover activeOn(long villageId, LocalDate day) {
        Set<Long> routeIds = new HashSet<>();
        Set<Long> vehicleIds = new HashSet<>();
        Set<Long> endingSoon = new HashSet<>();
        em.createQuery("select s.id, s.vehicleId, s.endsOn, r from Sponsorship s left join s.routeIds r "
                        + "where s.villageId = :village and s.startsOn <= :day and (s.endsOn is null or s.endsOn >= :day)",
                        Object[].class)
                .setParameter("village", villageId).setParameter("day", day).getResultList().forEach(row -> {
                    if (row[1] != null) {
                        vehicleIds.add((Long) row[1]);
                    }
                    if (row[3] != null) {
                        routeIds.add((Long) row[3]);
                    }
                    LocalDate endsOn = (LocalDate) row[2];
                    if (endsOn != null && !endsOn.isAfter(day.plusDays(ENDING_SOON_DAYS))) {
                        endingSoon.add((Long) row[0]);
                    }
                });
        return new Cover(routeIds, vehicleIds, endingSoon);
    }

    /** One sponsor's sponsorships covering any day of the period. */
    public List<Sponsorship> ofSponsor(long sponsorId, LocalDate from, LocalDate to) {
        return sponsorships.list("sponsorId = ?1 and startsOn <= ?3 and (endsOn is null or endsOn >= ?2) "
                + "order by startsOn, id", sponsorId, from, to);
    }

    /** Of the sponsorships active today (as {@link #activeOn} reads them), those ending within 30 days, soonest first. */
    public List<SponsorshipView> endingSoon(Cover activeToday, LocalDate today) {
        if (activeToday.endingSoon().isEmpty()) {
            return List.of();
        }
        return Hql.of("id in ?1", activeToday.endingSoon()).list(sponsorships).stream()
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
