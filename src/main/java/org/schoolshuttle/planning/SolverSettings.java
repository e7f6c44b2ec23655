package org.schoolshuttle.planning;

import java.time.Duration;

/** How long and how widely to search: wall-clock limit, random seed, and parallel independent searches. */
public record SolverSettings(Duration timeLimit, long seed, int threads) {

    public SolverSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static SolverSettings of(Duration timeLimit) {
        return new SolverSettings(timeLimit, 1, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }
}
