-- Live runs: the shuttle's position from the driver's phone, the ETA to every stop, "the shuttle is near".

-- Every position the phone sent, kept for incident review for shuttle.live.retention-days, then deleted.
CREATE SEQUENCE run_position_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE run_position (
    id           BIGINT PRIMARY KEY,
    run_id       BIGINT NOT NULL REFERENCES daily_run (id) ON DELETE CASCADE,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    accuracy_m   DOUBLE PRECISION,
    along_m      DOUBLE PRECISION,
    off_route_m  DOUBLE PRECISION
);
-- A position sent twice (a retry after a lost answer) is kept once.
CREATE UNIQUE INDEX run_position_once ON run_position (run_id, recorded_at);
CREATE INDEX run_position_received ON run_position (received_at);

-- The latest state of each run on its way, read by families, drivers and coordinators.
CREATE TABLE run_live (
    run_id        BIGINT PRIMARY KEY REFERENCES daily_run (id) ON DELETE CASCADE,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lat           DOUBLE PRECISION NOT NULL,
    lon           DOUBLE PRECISION NOT NULL,
    along_m       DOUBLE PRECISION NOT NULL,
    next_seq      INTEGER,
    etas          VARCHAR(4000) NOT NULL,
    late_seconds  INTEGER NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each "near" and "late" message goes once per run, stop and family.
CREATE TABLE live_notice (
    run_id       BIGINT NOT NULL REFERENCES daily_run (id) ON DELETE CASCADE,
    stop_id      BIGINT NOT NULL,
    guardian_id  BIGINT NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, stop_id, guardian_id, kind)
);

-- How many minutes before the shuttle reaches the stop a family wants to hear of it.
ALTER TABLE guardian ADD COLUMN near_minutes INTEGER NOT NULL DEFAULT 5;
