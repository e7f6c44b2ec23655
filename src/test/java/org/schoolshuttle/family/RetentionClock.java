package org.schoolshuttle.family;

import io.quarkus.arc.Arc;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/** Moves a withdrawal into the past and runs the erasure job, instead of waiting a month. */
final class RetentionClock {

    private RetentionClock() {
    }

    static void withdrawnLongAgo(long childId, int days) {
        Arc.container().instance(Backdating.class).get().backdate(childId, days);
        Arc.container().instance(ChildErasure.class).get().eraseDue();
    }

    @jakarta.enterprise.context.ApplicationScoped
    static class Backdating {
        private final ChildRepository children;

        Backdating(ChildRepository children) {
            this.children = children;
        }

        @Transactional
        void backdate(long childId, int days) {
            children.findById(childId).withdrawnAt = Instant.now().minus(Duration.ofDays(days));
        }
    }
}
