package org.schoolshuttle.run;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Events sent together: one tap, or everything a phone queued while it was offline. */
public record EventBatch(@NotNull(message = "is required")
                         @Size(min = 1, max = 500, message = "must hold 1 to 500 events")
                         List<@Valid @NotNull(message = "must not be null") EventRequest> events) {
}
