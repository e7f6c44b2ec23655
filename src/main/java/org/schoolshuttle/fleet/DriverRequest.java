package org.schoolshuttle.fleet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.schoolshuttle.common.Coordinates;

import java.time.LocalDate;
import java.util.Set;

/**
 * @param villageId             the driver's village; it cannot change once the driver exists
 * @param phone                 a Chinese mobile number, or an international number starting with +
 * @param employerSponsorId     required for an {@code EMPLOYED} driver: a sponsor of the same village
 * @param licenceClass          as on the licence, e.g. {@code C1}, {@code B1}, {@code B}
 * @param backgroundCheckOn     optional, but given together with {@code backgroundCheckExpiry}
 * @param home                  optional; where the driver starts from, for planning
 * @param availability          the weekly runs the driver is willing to drive; empty or absent for none
 */
public record DriverRequest(
        @NotNull(message = "is required") Long villageId,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @NotBlank(message = "is required") @Size(max = 30, message = "must be at most 30 characters") String phone,
        @NotNull(message = "is required") Driver.Kind kind,
        Long employerSponsorId,
        @NotBlank(message = "is required") @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9]{0,9}\\s*", message = "must be a licence class such as C1 or B") String licenceClass,
        @NotNull(message = "is required") LocalDate licenceExpiry,
        LocalDate backgroundCheckOn,
        LocalDate backgroundCheckExpiry,
        LocalDate trainingOn,
        @Valid Coordinates home,
        Set<@NotNull(message = "is required") @Valid AvailabilitySlot> availability) {
}
