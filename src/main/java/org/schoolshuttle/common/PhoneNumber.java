package org.schoolshuttle.common;

import java.util.regex.Pattern;

/**
 * Phone numbers, normalised to E.164 ({@code +8613812345678}). A Chinese mobile number may be given
 * without the country code; any other number needs it.
 */
public final class PhoneNumber {

    private static final Pattern CHINESE_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private PhoneNumber() {
    }

    /**
     * @param field the request field reported when the number is impossible
     * @return the number in E.164
     * @throws InvalidInputException when the text is not a possible phone number
     */
    public static String normalise(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String compact = text.replaceAll("[\\s\\-()]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (CHINESE_MOBILE.matcher(compact).matches()) {
            return "+86" + compact;
        }
        if (compact.startsWith("+86") && !CHINESE_MOBILE.matcher(compact.substring(3)).matches()
                && !compact.substring(3).matches("0?[1-9]\\d{8,10}")) {
            throw new InvalidInputException(field, "is not a possible Chinese phone number");
        }
        if (E164.matcher(compact).matches()) {
            return compact;
        }
        throw new InvalidInputException(field, "is not a possible phone number: give a mobile number such as "
                + "13812345678, or the full international number starting with +");
    }

    /** As {@link #normalise}, but {@code null} or blank stays {@code null}. */
    public static String normaliseOptional(String text, String field) {
        return text == null || text.isBlank() ? null : normalise(text, field);
    }
}
