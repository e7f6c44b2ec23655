package org.schoolshuttle.live;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Positions are kept for incident review for the configured days, then deleted, on one instance of the cluster. */
@ApplicationScoped
public class PositionPurge {

    private static final Logger LOG = Logger.getLogger(PositionPurge.class);

    private final RunPositionRepository positions;
    private final LiveConfig config;
    private final Clock clock;

    PositionPurge(RunPositionRepository positions, LiveConfig config, Clock clock) {
        this.positions = positions;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "purge-positions", cron = "{shuttle.live.purge-cron}")
    void daily() {
        purge();
    }

    /** @return how many positions were deleted */
    @Transactional
    public long purge() {
        Instant before = clock.instant().minus(Duration.ofDays(config.retentionDays()));
        long deleted = positions.delete("receivedAt < ?1", before);
        if (deleted > 0) {
            LOG.infof("Deleted %d run positions received before %s", deleted, before);
        }
        return deleted;
    }
}
