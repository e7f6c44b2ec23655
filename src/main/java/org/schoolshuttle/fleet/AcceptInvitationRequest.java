package org.schoolshuttle.fleet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A driver turning an invitation code into a login. The password rules are the password policy's. */
public record AcceptInvitationRequest(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String code,
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9._@+-]{3,100}", message = "must be 3 to 100 letters, digits or . _ @ + -") String username,
        @NotNull(message = "is required") String password) {
}
