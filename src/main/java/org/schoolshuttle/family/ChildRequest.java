package org.schoolshuttle.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.schoolshuttle.common.Coordinates;

import java.time.LocalDate;
import java.util.List;

/**
 * A child as the family registers or corrects them. Home is an address, a pin, or both (the pin wins
 * for the location; the address is kept as written).
 *
 * @param handoverRequired default: yes for children under 8
 */
public record ChildRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @NotNull(message = "is required, as YYYY-MM-DD") @PastOrPresent(message = "must not be in the future") LocalDate birthDate,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 12, message = "must be at most 12") Integer grade,
        @NotNull(message = "is required") Long schoolId,
        @Size(max = 300, message = "must be at most 300 characters") String homeAddress,
        @Valid Coordinates homePin,
        Boolean needsWheelchair,
        Boolean needsBooster,
        Boolean handoverRequired,
        @Size(max = 10, message = "must list at most 10 adults") List<@Valid AdultRequest> authorisedAdults) {

    public record AdultRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
                               @NotBlank(message = "is required") String phone,
                               @Size(max = 50, message = "must be at most 50 characters") String relation) {
    }
}
