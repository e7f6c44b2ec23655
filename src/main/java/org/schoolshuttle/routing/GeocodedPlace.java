package org.schoolshuttle.routing;

/**
 * One geocoder hit.
 *
 * @param label readable name in the requested language where the map has a translation, for example
 *              {@code "Hauptstraße 12, Bindlach"} or {@code "青石路12号, 青石镇"}
 * @param lat   WGS-84 latitude in degrees
 * @param lon   WGS-84 longitude in degrees
 * @param kind  {@code "address"}, {@code "street"} or {@code "place"}
 */
public record GeocodedPlace(String label, double lat, double lon, String kind) {
}
