/**
 * The planner core: a domain-neutral routing problem (stops, riders who may use any of several stops, vehicles,
 * a depot or school, distances from a {@link org.schoolshuttle.planning.TravelTimes}) and the solver that chooses
 * stops, assigns riders and builds routes. Plain Java, no framework: the same code plans a real school (road
 * matrix from {@code routing}) and a benchmark instance (straight-line distances).
 */
package org.schoolshuttle.planning;
