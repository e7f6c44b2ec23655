package org.schoolshuttle.routing;

import java.util.Locale;

/**
 * Readable labels in the caller's language. Addresses follow the custom of the name shown: German and
 * most local names put the number after the street ({@code "Hauptstraße 12, Bindlach"}), an English
 * translation puts it first ({@code "12 Qingshi Road, Qingshi Town"}) and Chinese writes
 * {@code "青石路12号, 青石镇"}.
 */
final class GeocoderLabels {

    private GeocoderLabels() {
    }

    /** @param locale the language wanted; null means the local names */
    static String label(GeocoderEntries entries, int entry, Locale locale) {
        PlaceNames names = entries.names(entries.nameId(entry));
        String name = names.pick(locale);
        String city = entries.cityId(entry) < 0 ? null : entries.names(entries.cityId(entry)).pick(locale);
        String main = switch (entries.kind(entry)) {
            case GeocoderEntries.ADDRESS -> address(name, entries.houseNumber(entry).strip(), names.picksEnglish(locale));
            default -> name;
        };
        boolean addCity = city != null && !city.equalsIgnoreCase(name) && entries.kind(entry) != GeocoderEntries.PLACE;
        return addCity ? main + ", " + city : main;
    }

    private static String address(String street, String number, boolean english) {
        if (SearchText.containsUnspaced(street)) {
            boolean needsSuffix = !number.isEmpty() && Character.isLetterOrDigit(number.charAt(number.length() - 1))
                    && !SearchText.containsUnspaced(number);
            return street + number + (needsSuffix ? "号" : "");
        }
        // "5号" tagged on a street shown in a Latin script reads as plain "5".
        String plain = number.replaceFirst("\\s*[号號]$", "");
        return english ? plain + " " + street : street + " " + plain;
    }
}
