package org.schoolshuttle.sponsor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param villageId    the village the sponsor serves; it cannot change once the sponsor exists
 * @param contactPhone optional; a Chinese mobile number or an international number starting with +
 */
public record SponsorRequest(
        @NotNull(message = "is required") Long villageId,
        @NotNull(message = "is required") Sponsor.Kind kind,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Size(max = 100, message = "must be at most 100 characters") String contactName,
        @Size(max = 30, message = "must be at most 30 characters") String contactPhone,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String contactEmail) {
}
