package org.schoolshuttle.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** @param language {@code zh} (Simplified Chinese) or {@code en} (English) */
public record LanguageRequest(@NotNull(message = "is required: zh or en")
                              @Pattern(regexp = "zh|en", message = "must be zh or en") String language) {
}
