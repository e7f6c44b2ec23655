package org.schoolshuttle.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A matrix request: every point is a pair {@code [lat, lon]}.
 *
 * @param profile {@code minibus} (default) or {@code child_walk}
 */
public record MatrixRequest(String profile,
                            @NotNull(message = "is required: a list of [lat, lon] pairs") @Size(min = 1, message = "must list at least one point") List<List<Double>> sources,
                            @NotNull(message = "is required: a list of [lat, lon] pairs") @Size(min = 1, message = "must list at least one point") List<List<Double>> targets) {
}
