/**
 * Road routing on OpenStreetMap data with embedded GraphHopper: loads and caches the graph, the
 * {@code minibus} and {@code child_walk} profiles, routes, snapping, travel-time matrices and the offline
 * geocoder. The only package that imports {@code com.graphhopper}.
 */
package org.schoolshuttle.routing;
