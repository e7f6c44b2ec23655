package org.schoolshuttle.run;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * Ends a run. Every child must be off, handed over or not there, or resolved here by an exception with a note.
 *
 * @param at the phone's clock when the driver pressed complete (now when not given)
 */
public record CompleteRequest(Instant at,
                              @Size(max = 100, message = "must hold at most 100 exceptions")
                              List<@Valid @NotNull(message = "must not be null") ChildException> exceptions) {

    /** A child resolved by hand, e.g. "collected at the school office by her aunt". */
    public record ChildException(@NotNull(message = "is required") Long childId,
                                 @NotBlank(message = "is required: what happened to the child")
                                 @Size(max = 500, message = "must be at most 500 characters") String note) {
    }
}
