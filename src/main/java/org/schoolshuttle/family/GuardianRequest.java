package org.schoolshuttle.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a guardian may change about themselves; the phone number is the log-in and stays.
 *
 * @param nearMinutes how long before the shuttle reaches the family's stop they hear of it; absent keeps it
 */
public record GuardianRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email,
        @jakarta.validation.constraints.Min(value = 1, message = "must be at least 1 minute")
        @jakarta.validation.constraints.Max(value = 30, message = "must be at most 30 minutes") Integer nearMinutes) {
}
