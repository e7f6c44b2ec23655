package org.schoolshuttle.route;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of planning and matching: the safety limits and timings every route is held to. */
@ConfigMapping(prefix = "shuttle.route")
public interface RouteConfig {

    /** Longest time a child may spend on board, in minutes. */
    @WithDefault("45")
    int rideLimitMinutes();

    /** Morning arrival at school no earlier than this many minutes before the bell. */
    @WithDefault("30")
    int arriveEarliestMinutesBeforeBell();

    /** Morning arrival at school no later than this many minutes before the bell. */
    @WithDefault("10")
    int arriveLatestMinutesBeforeBell();

    /** The afternoon routes leave school this many minutes after dismissal. */
    @WithDefault("10")
    int leaveMinutesAfterDismissal();

    /** Seconds a vehicle stands at a stop, whoever boards. */
    @WithDefault("45")
    int dwellSeconds();

    /** Further seconds at a stop for each child boarding or getting off there. */
    @WithDefault("10")
    int dwellSecondsPerChild();

    /** Minutes a vehicle needs between one school's run and another school's, to drive from one to the other. */
    @WithDefault("15")
    int changeoverMinutes();

    /** Default time the route optimiser searches for a draft plan, in seconds. */
    @WithDefault("15")
    int solverSeconds();

    /** Most seconds a coordinator may let the optimiser search. */
    @WithDefault("300")
    int maxSolverSeconds();
}
