package org.schoolshuttle.sponsor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A read-only login for someone at a sponsor. The password rules are checked by the password policy. */
public record SponsorAccountRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9._@+-]{3,100}", message = "must be 3 to 100 letters, digits or . _ @ + -") String username,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String displayName,
        @NotNull(message = "is required") String password) {
}
