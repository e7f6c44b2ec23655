-- A driver's or escort's upcoming runs as an iCalendar feed at a secret URL; a new link revokes the old.
CREATE TABLE calendar_feed (
    token       VARCHAR(64) PRIMARY KEY,
    driver_id   BIGINT REFERENCES driver (id) ON DELETE CASCADE,
    escort_id   BIGINT REFERENCES escort (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT calendar_feed_one_person CHECK ((driver_id IS NULL AND escort_id IS NOT NULL)
        OR (driver_id IS NOT NULL AND escort_id IS NULL))
);
CREATE INDEX calendar_feed_driver ON calendar_feed (driver_id);
CREATE INDEX calendar_feed_escort ON calendar_feed (escort_id);
