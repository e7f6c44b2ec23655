package org.schoolshuttle.fleet;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a driver, escort or vehicle may take part in a school run on a day.
 *
 * @param reasons every reason it may not, in plain words; empty exactly when {@code fit}
 */
public record Fitness(LocalDate date, boolean fit, List<String> reasons) {

    static Fitness of(LocalDate date, List<String> reasons) {
        return new Fitness(date, reasons.isEmpty(), List.copyOf(reasons));
    }
}
