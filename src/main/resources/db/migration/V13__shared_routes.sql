-- Mixed load: one plan over several schools of a village, whose routes may carry children of several schools
-- and drop them at each school in turn.

-- The schools a plan covers: its own (route_plan.school_id, which leads it) and any it shares routes with.
CREATE TABLE plan_school (
    plan_id    BIGINT NOT NULL REFERENCES route_plan (id) ON DELETE CASCADE,
    school_id  BIGINT NOT NULL REFERENCES school (id),
    PRIMARY KEY (plan_id, school_id)
);
CREATE INDEX plan_school_school ON plan_school (school_id);
INSERT INTO plan_school (plan_id, school_id) SELECT id, school_id FROM route_plan;

-- A shared plan is the published plan of each of its schools: a plan may now be named by several rows.
CREATE TABLE published_plan_shared (
    school_id  BIGINT PRIMARY KEY REFERENCES school (id),
    plan_id    BIGINT NOT NULL REFERENCES route_plan (id)
);
INSERT INTO published_plan_shared (school_id, plan_id) SELECT school_id, plan_id FROM published_plan;
DROP TABLE published_plan;
ALTER TABLE published_plan_shared RENAME TO published_plan;
CREATE INDEX published_plan_plan ON published_plan (plan_id);

-- The schools a route serves, in the order it visits them: in the morning when it arrives at each, in the
-- afternoon when it leaves each. route.school_id is the first school of the morning (whose runs carry the
-- route) and route.school_time still ends the morning (the last arrival) and starts the afternoon (the first
-- departure).
CREATE TABLE route_school (
    route_id      BIGINT NOT NULL REFERENCES route (id) ON DELETE CASCADE,
    seq           INT NOT NULL,
    school_id     BIGINT NOT NULL REFERENCES school (id),
    planned_time  INT NOT NULL CHECK (planned_time BETWEEN 0 AND 86399),
    PRIMARY KEY (route_id, seq)
);
INSERT INTO route_school (route_id, seq, school_id, planned_time) SELECT id, 0, school_id, school_time FROM route;
