package org.schoolshuttle.fleet;

import org.schoolshuttle.common.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Number plates, compared without the spaces, dashes and middle dots people write them with. */
final class Plate {

    private static final Pattern POSSIBLE = Pattern.compile("[\\p{L}\\p{N}]{2,12}");

    private Plate() {
    }

    /**
     * @return the plate in upper case without separators, e.g. {@code 鄂A12345}
     * @throws InvalidInputException naming {@code plate} when what remains is not 2 to 12 letters and digits
     */
    static String normalise(String text) {
        String compact = text == null ? "" : text.replaceAll("[\\s\\-·•.]", "").toUpperCase(Locale.ROOT);
        if (!POSSIBLE.matcher(compact).matches()) {
            throw new InvalidInputException("plate", "must be a number plate of 2 to 12 letters and digits, such as 鄂A12345");
        }
        return compact;
    }
}
