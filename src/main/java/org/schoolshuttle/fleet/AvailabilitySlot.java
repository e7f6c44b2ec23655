package org.schoolshuttle.fleet;

import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.util.Comparator;

/** A weekly run in requests and views: {@code {"dayOfWeek": "MONDAY", "partOfDay": "MORNING"}}. */
public record AvailabilitySlot(@NotNull(message = "is required") DayOfWeek dayOfWeek,
                               @NotNull(message = "is required") PartOfDay partOfDay) {

    static final Comparator<AvailabilitySlot> WEEK_ORDER =
            Comparator.comparing(AvailabilitySlot::dayOfWeek).thenComparing(AvailabilitySlot::partOfDay);

    static AvailabilitySlot from(Availability a) {
        return new AvailabilitySlot(a.dayOfWeek, a.partOfDay);
    }

    Availability toAvailability() {
        return new Availability(dayOfWeek, partOfDay);
    }
}
