package org.schoolshuttle.family;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A parent signing up. The mobile phone number is the user name.
 *
 * @param acceptPrivacyNotice must be true: the family agrees to the privacy notice of {@code privacyNoticeVersion}
 */
public record SignupRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String givenName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String familyName,
        @NotBlank(message = "is required") String phone,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email,
        @NotNull(message = "is required") String password,
        @NotNull(message = "is required") @AssertTrue(message = "must be true: the privacy notice must be accepted") Boolean acceptPrivacyNotice) {
}
