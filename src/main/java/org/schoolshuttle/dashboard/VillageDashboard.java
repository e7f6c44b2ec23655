package org.schoolshuttle.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.funding.SponsorshipView;
import org.schoolshuttle.funding.Sponsorships;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.notify.AlertView;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts for one village, read from the published plans and today's runs; the caller must cover the village. */
@ApplicationScoped
public class VillageDashboard {

    public record Figures(LocalDate today, long served, Map<WaitReason, Long> waiting,
                          long waitingTotal, int routes, long vehicles, long seats, long seatsUsed,
                          Map<RunStatus, Long> runsToday, List<AlertView> alerts, List<RouteLine> unsponsored,
                          List<SponsorshipView> endingSoon) {
        public int seatsUsedPercent() {
            return seats == 0 ? 0 : (int) Math.round(100.0 * seatsUsed / seats);
        }
    }

    /** A published route as the dashboard counts it: no stops, sponsors or line, only whether it has a sponsor. */
    public record RouteLine(long id, String name, long schoolId, Direction direction, long vehicleId, int seats,
                            boolean namesSponsor) {
    }

    /** A child waiting for a seat, for the waitlist page. */
    public record Waiting(long childId, String givenName, String familyName, long schoolId, WaitReason reason,
                          Instant since) {
    }

    private static final String PUBLISHED_SEATS = "from Assignment a, PublishedPlan p, School s, Child c "
            + "where a.planId = p.planId and p.schoolId = s.id and s.villageId = :village and a.direction = :direction "
            + "and c.id = a.childId and c.schoolId = p.schoolId and c.status = :active ";

    private static final int OPEN_ALERTS_SHOWN = 20;

    private final EntityManager em;
    private final AccessPolicy access;
    private final VillageService villages;
    private final Alerts alerts;
    private final Sponsorships sponsorships;
    private final Clock clock;

    VillageDashboard(EntityManager em, AccessPolicy access, VillageService villages, Alerts alerts,
                     Sponsorships sponsorships, Clock clock) {
        this.sponsorships = sponsorships;
        this.em = em;
        this.access = access;
        this.villages = villages;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * The figures of a village the caller covers, as the page has already checked. Not in a transaction: each count
     * is one statement, and a transaction around reads would only add two round trips on a page kept open.
     */
    public Figures of(VillageView village) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone())));
        // Children seated, waiting by reason and today's runs by status in one statement: three round trips
        // were a third of what a coordinator's visit cost.
        long served = 0;
        Map<WaitReason, Long> waiting = new EnumMap<>(WaitReason.class);
        Map<RunStatus, Long> runs = new EnumMap<>(RunStatus.class);
        List<Object[]> counts = em.createQuery("select 'served', '', count(distinct a.childId) " + PUBLISHED_SEATS
                        + "and a.routeId is not null "
                        + "union all select 'waiting', cast(a.waitlistReason as String), count(a) " + PUBLISHED_SEATS
                        + "and a.waitlistReason is not null group by a.waitlistReason "
                        + "union all select 'run', cast(r.status as String), count(r) from DailyRun r "
                        + "where r.villageId = :village and r.serviceDate = :today group by r.status", Object[].class)
                .setParameter("village", village.id()).setParameter("direction", Direction.TO_SCHOOL)
                .setParameter("active", ChildStatus.ACTIVE).setParameter("today", today).getResultList();
        for (Object[] row : counts) {
            long n = ((Number) row[2]).longValue();
            switch ((String) row[0]) {
                case "served" -> served = n;
                case "waiting" -> waiting.put(WaitReason.valueOf((String) row[1]), n);
                default -> runs.put(RunStatus.valueOf((String) row[1]), n);
            }
        }
        List<RouteLine> routes = em.createQuery("select r.id, r.name, r.schoolId, r.direction, r.vehicleId, r.seats, "
                        + "count(sponsor) from Route r left join r.sponsorIds sponsor join PublishedPlan p on p.planId = r.planId "
                        + "and p.schoolId = r.schoolId "
                        + "join School s on s.id = p.schoolId where s.villageId = :village "
                        + "group by r.id, r.name, r.schoolId, r.direction, r.vehicleId, r.seats "
                        + "order by r.schoolId, r.name, r.direction", Object[].class)
                .setParameter("village", village.id()).getResultList().stream()
                .map(r -> new RouteLine((Long) r[0], (String) r[1], (Long) r[2], (Direction) r[3], (Long) r[4],
                        (Integer) r[5], (Long) r[6] > 0)).toList();
        long vehicles = routes.stream().map(RouteLine::vehicleId).distinct().count();
        long seats = routes.stream().filter(r -> r.direction() == Direction.TO_SCHOOL).mapToLong(RouteLine::seats).sum();
        // A route is sponsored when it names a sponsor or a sponsorship active today covers it or its vehicle.
        Sponsorships.Cover activeToday = sponsorships.activeOn(village.id(), today);
        List<RouteLine> unsponsored = routes.stream().filter(r -> !r.namesSponsor()
                && !activeToday.routeIds().contains(r.id()) && !activeToday.vehicleIds().contains(r.vehicleId())).toList();
        return new Figures(today, served, waiting, waiting.values().stream().mapToLong(Long::longValue).sum(),
                routes.size(), vehicles, seats, served, runs,
                alerts.open(village.id(), OPEN_ALERTS_SHOWN), unsponsored, sponsorships.endingSoon(activeToday, today));
    }

    /** The routes families ride now: those of each school's published plan, by school and name. */
    @Transactional
    public List<Route> publishedRoutes(long villageId) {
        return published(villages.visible(villageId).id);
    }

    private List<Route> published(long villageId) {
        return em.createQuery("select r from Route r, PublishedPlan p, School s where r.planId = p.planId "
                        + "and p.schoolId = r.schoolId and p.schoolId = s.id and s.villageId = :village order by s.id, r.name, r.direction", Route.class)
                .setParameter("village", villageId).getResultList();
    }

    @Transactional
    public List<Waiting> waitlist(long villageId) {
        Village village = villages.visible(villageId);
        return em.createQuery("select a.childId, c.givenName, c.familyName, c.schoolId, a.waitlistReason, a.matchedAt "
                        + PUBLISHED_SEATS + "and a.waitlistReason is not null order by a.matchedAt, a.childId", Object[].class)
                .setParameter("village", village.id).setParameter("direction", Direction.TO_SCHOOL)
                .setParameter("active", ChildStatus.ACTIVE).getResultList().stream()
                .map(r -> new Waiting((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (WaitReason) r[4], (Instant) r[5]))
                .toList();
    }
}
