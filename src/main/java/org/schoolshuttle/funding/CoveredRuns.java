package org.schoolshuttle.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.run.DailyRun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily runs a sponsor's support covered in a period: a run counts when, on its day, one of the sponsor's
 * sponsorships was active for its vehicle or for its route (or the route it succeeded). Each run counts once.
 */
@ApplicationScoped
public class CoveredRuns {

    private final Sponsorships sponsorships;
    private final EntityManager em;

    CoveredRuns(Sponsorships sponsorships, EntityManager em) {
        this.sponsorships = sponsorships;
        this.em = em;
    }

    /** The runs, by day then id. */
    public List<DailyRun> of(long sponsorId, LocalDate from, LocalDate to) {
        Map<Long, DailyRun> covered = new LinkedHashMap<>();
        for (Sponsorship s : sponsorships.ofSponsor(sponsorId, from, to)) {
            LocalDate first = s.startsOn.isAfter(from) ? s.startsOn : from;
            LocalDate last = s.endsOn != null && s.endsOn.isBefore(to) ? s.endsOn : to;
            List<DailyRun> runs = s.coversVehicle()
                    ? em.createQuery("from DailyRun r where r.vehicleId = :vehicle and r.serviceDate between :from and :to",
                            DailyRun.class).setParameter("vehicle", s.vehicleId)
                        .setParameter("from", first).setParameter("to", last).getResultList()
                    : em.createQuery("from DailyRun r where r.routeId in :routes and r.serviceDate between :from and :to",
                            DailyRun.class).setParameter("routes", s.routeIds)
                        .setParameter("from", first).setParameter("to", last).getResultList();
            runs.forEach(r -> covered.putIfAbsent(r.id, r));
        }
        List<DailyRun> ordered = new ArrayList<>(covered.values());
        ordered.sort((a, b) -> a.serviceDate.equals(b.serviceDate) ? Long.compare(a.id, b.id)
                : a.serviceDate.compareTo(b.serviceDate));
        return ordered;
    }

    /** The routes the sponsor supports in the period: those of its route sponsorships and of its covered runs. */
    public Set<Long> routes(long sponsorId, LocalDate from, LocalDate to, List<DailyRun> covered) {
        Set<Long> routes = new HashSet<>();
        sponsorships.ofSponsor(sponsorId, from, to).forEach(s -> routes.addAll(s.routeIds));
        covered.forEach(r -> routes.add(r.routeId));
        return routes;
    }
}
