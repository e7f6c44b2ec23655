package org.schoolshuttle.fleet;

import org.schoolshuttle.common.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every adult who rides with children must pass, drivers and escorts alike: a background
 * check (无犯罪记录证明) with its expiry, and child-safety training renewed every few years. Expiry days
 * are inclusive: someone is fit on the day their check expires and unfit the day after.
 *
 * @param backgroundCheckOn     {@code null} when never checked
 * @param backgroundCheckExpiry {@code null} exactly when {@code backgroundCheckOn} is
 * @param trainingOn            the last child-safety training, {@code null} when never trained
 */
record Vetting(LocalDate backgroundCheckOn, LocalDate backgroundCheckExpiry, LocalDate trainingOn) {

    /**
     * Vetting from request fields.
     *
     * @throws InvalidInputException when only one of the background-check dates is given, or it expires before it was done
     */
    static Vetting checked(LocalDate backgroundCheckOn, LocalDate backgroundCheckExpiry, LocalDate trainingOn) {
        if (backgroundCheckOn == null && backgroundCheckExpiry != null) {
            throw new InvalidInputException("backgroundCheckOn", "is required when backgroundCheckExpiry is given");
        }
        if (backgroundCheckOn != null && backgroundCheckExpiry == null) {
            throw new InvalidInputException("backgroundCheckExpiry", "is required when backgroundCheckOn is given");
        }
        if (backgroundCheckOn != null && backgroundCheckExpiry.isBefore(backgroundCheckOn)) {
            throw new InvalidInputException("backgroundCheckExpiry", "must not be before backgroundCheckOn");
        }
        return new Vetting(backgroundCheckOn, backgroundCheckExpiry, trainingOn);
    }

    /** Every reason this vetting does not allow riding with children on the date; empty when it does. */
    List<String> reasonsUnfitOn(LocalDate date, int trainingValidYears) {
        List<String> reasons = new ArrayList<>();
        if (backgroundCheckOn == null) {
            reasons.add("background check missing");
        } else if (backgroundCheckOn.isAfter(date)) {
            reasons.add("background check missing (the one on file is dated " + backgroundCheckOn + ")");
        } else if (backgroundCheckExpiry == null) {
            reasons.add("background check has no expiry date");
        } else if (date.isAfter(backgroundCheckExpiry)) {
            reasons.add("background check expired on " + backgroundCheckExpiry);
        }
        if (trainingOn == null) {
            reasons.add("child-safety training missing");
        } else if (trainingOn.isAfter(date)) {
            reasons.add("child-safety training missing (the one on file is dated " + trainingOn + ")");
        } else if (date.isAfter(trainingOn.plusYears(trainingValidYears))) {
            reasons.add("child-safety training older than " + trainingValidYears
                    + (trainingValidYears == 1 ? " year" : " years") + " (trained on " + trainingOn
                    + ", valid until " + trainingOn.plusYears(trainingValidYears) + ")");
        }
        return reasons;
    }
}
