package org.schoolshuttle.childimport;

import java.util.EnumMap;
import java.util.Map;

/** The first problem of each cell of a row, in the columns' order; registration fields are named by their column. */
final class RowProblems {

    final Map<ImportColumn, String> found = new EnumMap<>(ImportColumn.class);

    void add(ImportColumn column, String reason) {
        found.putIfAbsent(column, reason);
    }

    /** A problem the registration names by its request field. */
    void add(String field, String reason) {
        if (field.startsWith("authorisedAdults[")) {
            int i = Integer.parseInt(field.substring("authorisedAdults[".length(), field.indexOf(']')));
            String part = field.substring(field.indexOf(']') + 1).replaceFirst("^\\.", "");
            add(ImportColumn.AUTHORISED_ADULTS, "adult " + (i + 1) + (part.isEmpty() ? "" : " " + part) + ": " + reason);
            return;
        }
        ImportColumn column = switch (field) {
            case "givenName" -> ImportColumn.CHILD_GIVEN_NAME;
            case "familyName" -> ImportColumn.CHILD_FAMILY_NAME;
            case "birthDate" -> ImportColumn.BIRTH_DATE;
            case "grade" -> ImportColumn.GRADE;
            case "homeAddress" -> ImportColumn.HOME_ADDRESS;
            case "homePin.lon" -> ImportColumn.HOME_LON;
            case "needsWheelchair" -> ImportColumn.WHEELCHAIR;
            case "needsBooster" -> ImportColumn.BOOSTER_SEAT;
            case "handoverRequired" -> ImportColumn.HANDOVER_REQUIRED;
            case "authorisedAdults" -> ImportColumn.AUTHORISED_ADULTS;
            default -> field.startsWith("homePin") ? ImportColumn.HOME_LAT : ImportColumn.CHILD_GIVEN_NAME;
        };
        add(column, reason);
    }

    boolean has(ImportColumn column) {
        return found.containsKey(column);
    }

    boolean hasHome() {
        return has(ImportColumn.HOME_ADDRESS) || has(ImportColumn.HOME_LAT) || has(ImportColumn.HOME_LON);
    }
}
