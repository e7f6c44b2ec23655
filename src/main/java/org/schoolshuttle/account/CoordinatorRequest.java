package org.schoolshuttle.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

public record CoordinatorRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9._@+-]{3,100}", message = "must be 3 to 100 letters, digits or . _ @ + -") String username,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String displayName,
        String phone,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email,
        String password,
        @NotEmpty(message = "must name at least one village")
        @Size(max = 100, message = "must name at most 100 villages") Set<Long> villageIds) {
}
