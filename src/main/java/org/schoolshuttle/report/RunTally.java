package org.schoolshuttle.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.Riders;
import org.schoolshuttle.run.RunStatus;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts what runs delivered, for the reports. */
@ApplicationScoped
class RunTally {

    /** A run that ends this late after its plan still counts as on time: traffic at the school gate. */
    static final Duration ON_TIME_GRACE = Duration.ofMinutes(5);

    private final Riders riders;
    private final EntityManager em;

    RunTally(Riders riders, EntityManager em) {
        this.riders = riders;
        this.em = em;
    }

    RunFigures of(List<DailyRun> runs) {
        List<DailyRun> completed = runs.stream().filter(r -> r.status == RunStatus.COMPLETED).toList();
        long cancelled = runs.stream().filter(r -> r.status == RunStatus.CANCELLED).count();
        long onTime = completed.stream().filter(r -> r.completedAt != null
                && !r.completedAt.isAfter(r.endsAt.plus(ON_TIME_GRACE))).count();
        Map<Long, Double> metres = metres(completed.stream().map(r -> r.routeId).toList());
        double km = completed.stream().mapToDouble(r -> metres.getOrDefault(r.routeId, 0.0)).sum() / 1000.0;
        List<Long> completedIds = completed.stream().map(r -> r.id).toList();
        long riddenSeats = riders.perRun(completedIds).values().stream().mapToLong(Long::longValue).sum();
        return new RunFigures(runs.size(), completed.size(), cancelled,
                completed.isEmpty() ? null : (int) Math.round(100.0 * onTime / completed.size()),
                Math.round(km * 10) / 10.0, incidents(runs.stream().map(r -> r.id).toList()),
                riders.of(completedIds).children(),
                completed.isEmpty() ? 0 : Math.round(10.0 * riddenSeats / completed.size()) / 10.0);
    }

    /** The runs' figures month by month, every month of the period present. */
    Map<YearMonth, RunFigures> byMonth(List<DailyRun> runs, Period period) {
        Map<YearMonth, List<DailyRun>> grouped = new LinkedHashMap<>();
        period.months().forEach(m -> grouped.put(m, new java.util.ArrayList<>()));
        runs.forEach(r -> grouped.computeIfAbsent(YearMonth.from(r.serviceDate), m -> new java.util.ArrayList<>()).add(r));
        Map<YearMonth, RunFigures> figures = new LinkedHashMap<>();
        grouped.forEach((month, monthRuns) -> figures.put(month, of(monthRuns)));
        return figures;
    }

    private long incidents(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(a) from CoordinatorAlert a where a.runId in :runs and a.kind in :kinds", Long.class)
                .setParameter("runs", runIds).setParameter("kinds", Set.of(Alerts.CHILD_EXCEPTION, Alerts.RUN_NOT_COMPLETED))
                .getSingleResult();
    }

    private Map<Long, Double> metres(Collection<Long> routeIds) {
        Map<Long, Double> metres = new HashMap<>();
        if (routeIds.isEmpty()) {
            return metres;
        }
        em.createQuery("select r from Route r where r.id in :ids", Route.class).setParameter("ids", Set.copyOf(routeIds))
                .getResultList().forEach(r -> metres.put(r.id, r.metres));
        return metres;
    }
}
