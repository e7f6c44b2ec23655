package org.schoolshuttle.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.ledger.LedgerEntry;
import org.schoolshuttle.ledger.LedgerService;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.route.Assignment;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteStop;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.school.School;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A village's report for its coordinators and administrators: coverage now, service and money over a period. */
@ApplicationScoped
public class VillageReport {

    private static final double[] RIDE_BANDS = {10, 20, 30, 45};
    private static final double[] WALK_BANDS = {200, 400, 600};

    private final VillageService villages;
    private final RunTally tally;
    private final LedgerService ledger;
    private final EntityManager em;
    private final Clock clock;

    VillageReport(VillageService villages, RunTally tally, LedgerService ledger, EntityManager em, Clock clock) {
        this.villages = villages;
        this.tally = tally;
        this.ledger = ledger;
        this.em = em;
        this.clock = clock;
    }

    /** @throws org.schoolshuttle.common.NotFoundException when the caller does not coordinate the village */
    @Transactional
    public VillageReportView of(long villageId, String from, String to) {
        Village village = villages.visible(villageId);
        Period period = Period.of(from, to, LocalDate.now(clock.withZone(ZoneId.of(village.timeZone))));
        List<School> schools = em.createQuery("from School s where s.villageId = :v order by s.id", School.class)
                .setParameter("v", village.id).getResultList();
        List<Child> children = em.createQuery("select c from Child c, School s where c.schoolId = s.id "
                        + "and s.villageId = :v and c.status = :active", Child.class)
                .setParameter("v", village.id).setParameter("active", ChildStatus.ACTIVE).getResultList();
        List<Assignment> seats = em.createQuery("select a from Assignment a, PublishedPlan p, School s, Child c "
                        + "where a.planId = p.planId and p.schoolId = s.id and s.villageId = :v and a.direction = :d "
                        + "and c.id = a.childId and c.schoolId = p.schoolId and c.status = :active", Assignment.class)
                .setParameter("v", village.id).setParameter("d", Direction.TO_SCHOOL)
                .setParameter("active", ChildStatus.ACTIVE).getResultList();
        Map<Long, Route> routes = new HashMap<>();
        em.createQuery("select r from Route r, School s where r.schoolId = s.id and s.villageId = :v", Route.class)
                .setParameter("v", village.id).getResultList().forEach(r -> routes.put(r.id, r));
        List<DailyRun> runs = em.createQuery("from DailyRun r where r.villageId = :v and r.serviceDate between :from and :to "
                        + "order by r.serviceDate, r.id", DailyRun.class)
                .setParameter("v", village.id).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        List<LedgerEntry> entries = ledger.ofVillage(village.id, period.firstMonth(), period.lastMonth());
        Map<Long, Long> schoolOfChild = new HashMap<>();
        children.forEach(c -> schoolOfChild.put(c.id, c.schoolId));

        Map<WaitReason, Long> waiting = new EnumMap<>(WaitReason.class);
        List<Double> rides = new ArrayList<>();
        List<Double> walks = new ArrayList<>();
        long served = 0;
        for (Assignment a : seats) {
            if (a.waitlistReason != null) {
                waiting.merge(a.waitlistReason, 1L, Long::sum);
                continue;
            }
            served++;
            if (a.walkMetres != null) {
                walks.add(a.walkMetres);
            }
            Route route = routes.get(a.routeId);
            if (route != null) {
                route.stops.stream().filter(st -> st.stopId.equals(a.stopId)).mapToInt(st -> st.plannedTime).findFirst()
                        .ifPresent(time -> rides.add((route.timeAt(schoolOfChild.get(a.childId)) - time) / 60.0));
            }
        }
        RunFigures all = tally.of(runs);
        BigDecimal costs = sum(entries, e -> e.category.cost());
        BigDecimal income = sum(entries, e -> !e.category.cost());

        List<VillageReportView.School> perSchool = new ArrayList<>();
        for (School school : schools) {
            List<DailyRun> schoolRuns = runs.stream().filter(r -> r.schoolId.equals(school.id)).toList();
            RunFigures f = tally.of(schoolRuns);
            BigDecimal schoolCosts = sum(entries, e -> e.category.cost() && routes.containsKey(e.routeId)
                    && routes.get(e.routeId).schoolId.equals(school.id));
            long registered = children.stream().filter(c -> c.schoolId.equals(school.id)).count();
            long schoolServed = seats.stream().filter(a -> a.waitlistReason == null
                    && school.id.equals(schoolOfChild.get(a.childId))).count();
            long schoolWaiting = seats.stream().filter(a -> a.waitlistReason != null
                    && school.id.equals(schoolOfChild.get(a.childId))).count();
            perSchool.add(new VillageReportView.School(school.id, school.nameZh, registered, schoolServed, schoolWaiting, f,
                    schoolCosts, LedgerService.perHead(schoolCosts, f.childrenServed())));
        }

        Map<Long, List<DailyRun>> runsByRoute = new LinkedHashMap<>();
        runs.forEach(r -> runsByRoute.computeIfAbsent(r.routeId, k -> new ArrayList<>()).add(r));
        entries.forEach(e -> runsByRoute.computeIfAbsent(e.routeId, k -> new ArrayList<>()));
        List<VillageReportView.RouteLine> perRoute = new ArrayList<>();
        Map<Long, String> schoolNames = new HashMap<>();
        schools.forEach(s -> schoolNames.put(s.id, s.nameZh));
        runsByRoute.forEach((routeId, routeRuns) -> {
            Route route = routes.get(routeId);
            RunFigures f = tally.of(routeRuns);
            BigDecimal routeCosts = sum(entries, e -> e.category.cost() && e.routeId.equals(routeId));
            perRoute.add(new VillageReportView.RouteLine(routeId, route.name, schoolNames.get(route.schoolId),
                    route.direction.name(), f, routeCosts, sum(entries, e -> !e.category.cost() && e.routeId.equals(routeId)),
                    LedgerService.perHead(routeCosts, f.childrenServed())));
        });

        List<VillageReportView.Month> months = new ArrayList<>();
        tally.byMonth(runs, period).forEach((month, f) -> months.add(new VillageReportView.Month(month, f,
                sum(entries, e -> e.category.cost() && YearMonth.from(e.month).equals(month)))));

        return new VillageReportView(village.id, village.nameZh, period.from(), period.to(), children.size(), served,
                waiting.values().stream().mapToLong(Long::longValue).sum(), waiting,
                Distribution.of(rides, RIDE_BANDS, "min"), Distribution.mean(rides), Distribution.max(rides),
                Distribution.of(walks, WALK_BANDS, "m"), Distribution.mean(walks), Distribution.max(walks),
                all, costs, income, LedgerService.perHead(costs, all.childrenServed()), perSchool, perRoute, months);
    }

    private static BigDecimal sum(List<LedgerEntry> entries, Predicate<LedgerEntry> which) {
        return entries.stream().filter(which).map(e -> e.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
