package org.schoolshuttle.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.route.PublishedPlanChanged;
import org.schoolshuttle.route.Route;

import java.util.List;

/**
 * When a school's plan is published again, each open route sponsorship of that school takes on the new plan's
 * route driven by the same vehicle in the same direction, so support follows the route families know.
 * Runs inside the publishing transaction.
 */
@ApplicationScoped
class SponsorshipsFollowPlan {

    private final SponsorshipRepository sponsorships;
    private final EntityManager em;

    SponsorshipsFollowPlan(SponsorshipRepository sponsorships, EntityManager em) {
        this.sponsorships = sponsorships;
        this.em = em;
    }

    void onPlanChanged(@Observes PublishedPlanChanged change) {
        List<Route> current = em.createQuery("select r from Route r, PublishedPlan p where p.schoolId = :school "
                + "and r.planId = p.planId", Route.class).setParameter("school", change.schoolId()).getResultList();
        if (current.isEmpty()) {
            return;
        }
        List<Sponsorship> open = sponsorships.list("select distinct s from Sponsorship s join s.routeIds r, Route route "
                + "where route.id = r and route.schoolId = ?1 and (s.endsOn is null or s.endsOn >= current_date)",
                change.schoolId());
        for (Sponsorship s : open) {
            List<Route> covered = em.createQuery("select r from Route r where r.id in :ids", Route.class)
                    .setParameter("ids", s.routeIds).getResultList();
            if (covered.stream().anyMatch(r -> r.planId.equals(current.get(0).planId))) {
                continue;
            }
            Route latest = covered.stream().filter(r -> r.schoolId.equals(change.schoolId()))
                    .max((a, b) -> Long.compare(a.id, b.id)).orElse(null);
            if (latest == null) {
                continue;
            }
            current.stream().filter(r -> r.vehicleId.equals(latest.vehicleId) && r.direction == latest.direction)
                    .findFirst().ifPresent(successor -> s.routeIds.add(successor.id));
        }
    }
}
