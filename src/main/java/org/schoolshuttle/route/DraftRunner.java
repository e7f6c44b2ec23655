package org.schoolshuttle.route;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.planning.SchoolDemand;
import org.schoolshuttle.planning.SchoolPlan;
import org.schoolshuttle.planning.SchoolPlanner;
import org.schoolshuttle.planning.SharedTrips;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computes draft plans in the background, one at a time (each one already uses every core), and records its
 * stage and progress on the plan so the coordinator can watch. A plan that cannot be finished is marked FAILED
 * with the reason; nothing of it is half-written.
 */
@ApplicationScoped
public class DraftRunner {

    /** Length of the {@code route_plan.stage} column. */
    private static final int STAGE_LENGTH = 40;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "draft-planner");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "draft-progress");
        t.setDaemon(true);
        return t;
    });

    private final RoutePlanRepository plans;
    private final SchoolRepository schools;
    private final VehicleRepository vehicles;
    private final SchoolDemandReader reader;
    private final PlanWriter writer;
    private final RoutingService routing;
    private final Clock clock;

    DraftRunner(RoutePlanRepository plans, SchoolRepository schools, VehicleRepository vehicles,
                SchoolDemandReader reader, PlanWriter writer, RoutingService routing, Clock clock) {
        this.plans = plans;
        this.schools = schools;
        this.vehicles = vehicles;
        this.reader = reader;
        this.writer = writer;
        this.routing = routing;
        this.clock = clock;
    }

    /** Queues the draft; call after the transaction that created it has committed. */
    public void submit(long planId) {
        worker.submit(() -> run(planId));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        ticker.shutdownNow();
    }

    /** Computes the draft on the calling thread (the demo at start-up); the outcome is recorded on the plan. */
    public void runNow(long planId) {
        run(planId);
    }

    private void run(long planId) {
        try {
            Input input = QuarkusTransaction.requiringNew().call(() -> read(planId));
            SchoolPlanner planner = new SchoolPlanner(routing.streetMap());
            Duration solverTime = Duration.ofSeconds(input.solverSeconds);
            AtomicLong solvingSince = new AtomicLong();
            ScheduledFuture<?> tick = ticker.scheduleAtFixedRate(() -> {
                long since = solvingSince.get();
                if (since > 0) {
                    double share = Math.min(1, (System.nanoTime() - since) / (double) solverTime.toNanos());
                    report(planId, "optimising routes", 30 + (int) (share * 60));
                }
            }, 1, 1, TimeUnit.SECONDS);
            SchoolPlan computed;
            try {
                computed = plan(planner, input, solverTime, planId, solvingSince);
            } finally {
                tick.cancel(false);
            }
            report(planId, "saving", 96);
            QuarkusTransaction.requiringNew().run(() -> {
                RoutePlan plan = plans.findById(planId);
                writer.write(plan, input.schools, input.demands, computed, input.vehicles, input.homeless);
                plan.status = PlanStatus.DRAFT;
                plan.stage = "done";
                plan.progress = 100;
                plan.finishedAt = clock.instant();
            });
        } catch (ProblemException e) {
            fail(planId, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "draft plan %d failed", planId);
            fail(planId, "the planner stopped unexpectedly; please try again, and tell the administrator if it repeats");
        }
    }

    /**
     * One school: its plan. Several (a shared plan): each school's own plan, the solver's time shared between them
     * by their children, then their routes shared where children of several schools can ride together.
     */
    private SchoolPlan plan(SchoolPlanner planner, Input input, Duration solverTime, long planId, AtomicLong solvingSince) {
        int schoolCount = input.demands.size();
        int children = Math.max(1, input.demands.stream().mapToInt(d -> d.pupils().size()).sum());
        List<SchoolPlan> own = new java.util.ArrayList<>();
        for (int j = 0; j < schoolCount; j++) {
            SchoolDemand demand = input.demands.get(j);
            Duration share = schoolCount == 1 ? solverTime
                    : Duration.ofMillis(Math.max(500, solverTime.toMillis() * demand.pupils().size() / children));
            int from = 100 * j / schoolCount;
            int number = j + 1;
            own.add(planner.plan(demand, share, planId + j, (stage, percent) -> {
                solvingSince.set(schoolCount == 1 && stage.equals("optimising routes") ? System.nanoTime() : 0);
                report(planId, schoolCount == 1 ? stage : stage + " (school " + number + " of " + schoolCount + ")",
                        schoolCount == 1 ? percent : Math.min(90, from * 9 / 10 + percent * 9 / 10 / schoolCount));
            }));
        }
        if (schoolCount == 1) {
            return own.get(0);
        }
        report(planId, "sharing routes between schools", 92);
        return new SharedTrips(routing.streetMap()).share(input.demands, own, java.time.Instant.now().plusSeconds(
                Math.max(2, solverTime.toSeconds() / 5)));
    }

    private Input read(long planId) {
        RoutePlan plan = plans.findById(planId);
        List<Vehicle> given = plan.vehicles().stream().map(vehicles::findById).toList();
        Map<Long, Vehicle> byId = new HashMap<>();
        given.forEach(v -> byId.put(v.id, v));
        List<School> covered = plan.schools().stream().map(schools::findById).toList();
        List<SchoolDemand> demands = covered.stream().map(school -> reader.read(school, given)).toList();
        Map<Long, WaitReason> homeless = new HashMap<>();
        covered.forEach(school -> reader.homeless(school.id).forEach(id -> homeless.put(id, WaitReason.OUTSIDE_MAP)));
        return new Input(covered, demands, byId, homeless, plan.solverSeconds);
    }

    private void report(long planId, String stage, int percent) {
        QuarkusTransaction.requiringNew().run(() -> {
            RoutePlan plan = plans.findById(planId);
            if (plan.status == PlanStatus.RUNNING && percent >= plan.progress) {
                // The column holds 40 characters: a longer stage name must never fail the draft it describes.
                plan.stage = stage.length() <= STAGE_LENGTH ? stage : stage.substring(0, STAGE_LENGTH);
                plan.progress = percent;
            }
        });
    }

    private void fail(long planId, String why) {
        QuarkusTransaction.requiringNew().run(() -> {
            RoutePlan plan = plans.findById(planId);
            plan.status = PlanStatus.FAILED;
            plan.stage = "failed";
            plan.failure = why.length() > 500 ? why.substring(0, 500) : why;
            plan.finishedAt = clock.instant();
        });
    }

    private record Input(List<School> schools, List<SchoolDemand> demands, Map<Long, Vehicle> vehicles,
                         Map<Long, WaitReason> homeless, int solverSeconds) {
    }
}
