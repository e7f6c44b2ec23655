package org.schoolshuttle.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;

@ApplicationScoped
class RewardPoolRepository implements PanacheRepository<RewardPool> {

    /**
     * The village's pool, locked until the caller's transaction ends. A village without a pool yet gets one first,
     * committed in a transaction of its own so that there is a row to lock; when two requests create it at once,
     * the one that loses finds the other's.
     */
    RewardPool locked(long villageId, Instant now) {
        if (findByIdOptional(villageId).isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    RewardPool pool = new RewardPool();
                    pool.villageId = villageId;
                    pool.createdAt = now;
                    persist(pool);
                });
            } catch (RuntimeException createdMeanwhile) {
                // The primary key refused a second pool: the other request's pool is there to lock.
            }
        }
        RewardPool pool = findById(villageId, LockModeType.PESSIMISTIC_WRITE);
        if (pool == null) {
            throw new IllegalStateException("The reward pool of village " + villageId + " could not be created");
        }
        return pool;
    }
}
