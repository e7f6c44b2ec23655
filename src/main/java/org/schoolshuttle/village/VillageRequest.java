package org.schoolshuttle.village;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schoolshuttle.common.Coordinates;

/** @param timeZone an IANA zone such as {@code Asia/Shanghai}; default Asia/Shanghai */
public record VillageRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String nameZh,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String nameEn,
        @NotNull(message = "is required") @Valid Coordinates centre,
        @Size(max = 60, message = "must be at most 60 characters") String timeZone) {
}
