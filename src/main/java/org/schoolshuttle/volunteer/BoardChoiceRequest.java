package org.schoolshuttle.volunteer;

import jakarta.validation.constraints.NotNull;

/** @param named whether the thank-you board may show the volunteer's name */
public record BoardChoiceRequest(@NotNull(message = "is required: true or false") Boolean named) {
}
