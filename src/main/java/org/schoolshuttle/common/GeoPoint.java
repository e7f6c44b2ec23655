package org.schoolshuttle.common;

import java.util.List;

/**
 * A WGS-84 point. Query parameters carry it as {@code LAT,LON}; GeoJSON as {@code [lon, lat]}.
 */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude must be a number between -90 and 90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude must be a number between -180 and 180");
        }
    }

    /**
     * Parses {@code "LAT,LON"}.
     *
     * @param field the parameter name reported when the text is rejected
     * @throws InvalidInputException when the text is missing, malformed or out of range
     */
    public static GeoPoint parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required, as LAT,LON (for example 30.3012,112.2034)");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidInputException(field, "must be LAT,LON (two numbers separated by a comma), got '" + abbreviate(text) + "'");
        }
        try {
            return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be LAT,LON with decimal numbers, got '" + abbreviate(text) + "'");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /**
     * Builds a point from a JSON pair {@code [lat, lon]}.
     *
     * @throws InvalidInputException when the pair is missing, not two numbers or out of range
     */
    public static GeoPoint fromPair(List<Double> pair, String field) {
        if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
            throw new InvalidInputException(field, "must be a pair of numbers [lat, lon]");
        }
        try {
            return new GeoPoint(pair.get(0), pair.get(1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
