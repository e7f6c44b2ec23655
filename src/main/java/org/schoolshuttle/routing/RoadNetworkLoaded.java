package org.schoolshuttle.routing;

/**
 * Fired once the road network is ready, on the thread that loaded it, for work that needs routing at
 * start-up (seeding demo data).
 *
 * @param extract file name of the loaded extract
 */
public record RoadNetworkLoaded(String extract) {
}
