package org.schoolshuttle.common;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A WGS-84 position in a JSON body: {@code {"lat": 30.3, "lon": 112.2}}. */
public record Coordinates(
        @NotNull(message = "is required") @DecimalMin(value = "-90", message = "must be at least -90") @DecimalMax(value = "90", message = "must be at most 90") Double lat,
        @NotNull(message = "is required") @DecimalMin(value = "-180", message = "must be at least -180") @DecimalMax(value = "180", message = "must be at most 180") Double lon) {

    public GeoPoint point() {
        return new GeoPoint(lat, lon);
    }

    public static Coordinates of(double lat, double lon) {
        return new Coordinates(lat, lon);
    }
}
