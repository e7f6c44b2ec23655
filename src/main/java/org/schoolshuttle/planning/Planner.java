package org.schoolshuttle.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Chooses stops, assigns riders and builds routes: independent ruin-and-recreate searches in parallel, the best
 * one wins. Capacity, stop windows, depot times and ride-time limits are hard limits; riders who cannot be served
 * within them are listed in {@link Plan#unserved()}.
 */
public final class Planner {

    /** Solves {@code problem} within {@code settings.timeLimit()}. */
    public Plan solve(PlanningProblem problem, SolverSettings settings) {
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        SearchModel model = new SearchModel(problem);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<Solution>> runs = new ArrayList<>();
            for (int k = 0; k < settings.threads(); k++) {
                long seed = settings.seed() * 7919 + k;
                runs.add(pool.submit(() -> new Annealing(model).run(deadline, seed)));
            }
            Solution best = null;
            for (Future<Solution> run : runs) {
                Solution s = run.get();
                if (best == null || s.cost() < best.cost()) {
                    best = s;
                }
            }
            return best.toPlan();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("planning interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("planning failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
