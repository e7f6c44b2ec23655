package org.schoolshuttle.fleet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param villageId         the escort's village; it cannot change once the escort exists
 * @param employerSponsorId optional: a sponsor of the same village that employs or sends the escort
 * @param backgroundCheckOn optional, but given together with {@code backgroundCheckExpiry}
 */
public record EscortRequest(
        @NotNull(message = "is required") Long villageId,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @NotBlank(message = "is required") @Size(max = 30, message = "must be at most 30 characters") String phone,
        Long employerSponsorId,
        LocalDate backgroundCheckOn,
        LocalDate backgroundCheckExpiry,
        LocalDate trainingOn) {
}
