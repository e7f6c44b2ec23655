package org.schoolshuttle.childimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.common.RowError;
import org.schoolshuttle.family.ChildRequest;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.HomeLocator;
import org.schoolshuttle.school.School;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one row of an import file the way a family's own registration is checked (the request's constraints, the
 * school's grades, the phone numbers, the home found on the map), plus what only a spreadsheet brings: cells that look
 * like formulas, overlong cells, values outside any column. Every problem of the row is found, one per cell.
 */
@ApplicationScoped
class RowCheck {

    /** What one row came to: the child to import, or the row's problems. */
    record Result(ChildRow child, List<RowError> errors) {
    }

    static final String EXAMPLE_PHONE = "+8613800138000";

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-][0-9 ().\\-]*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern GRADE = Pattern.compile("(\\d{1,2})(\\.0+)?\\s*(年级)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("\\+?\\d[\\d\\s()\\-]{5,}\\d");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "需要", "要", "√", "✓");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "不需要", "不要", "无");
    private static final Map<String, String> LANGUAGES = Map.of("zh", "zh", "zh-cn", "zh", "中文", "zh", "chinese", "zh",
            "汉语", "zh", "en", "en", "english", "en", "英文", "en", "英语", "en");

    private final Validator validator;
    private final ChildService children;
    private final HomeLocator homes;

    RowCheck(Validator validator, ChildService children, HomeLocator homes) {
        this.validator = validator;
        this.children = children;
        this.homes = homes;
    }

    Result check(ImportHeader header, Sheet.Row row, School school) {
        Problems problems = new Problems();
        for (ImportColumn c : ImportColumn.values()) {
            String v = header.value(row, c);
            if (v.length() > ImportColumn.MAX_CELL_LENGTH) {
                problems.add(c, "is longer than " + ImportColumn.MAX_CELL_LENGTH + " characters");
            } else if (formulaLike(v)) {
                problems.add(c, "looks like a spreadsheet formula (starts with " + v.charAt(0)
                        + "); type the value itself");
            }
        }
        Cells cells = new Cells(header, row, problems);
        String phone = cells.phone(ImportColumn.GUARDIAN_PHONE);
        String guardianGiven = cells.name(ImportColumn.GUARDIAN_GIVEN_NAME);
        String guardianFamily = cells.name(ImportColumn.GUARDIAN_FAMILY_NAME);
        String email = cells.email(ImportColumn.GUARDIAN_EMAIL);
        String language = cells.language(ImportColumn.LANGUAGE);
        String address = cells.text(ImportColumn.HOME_ADDRESS);
        Coordinates pin = cells.pin();
        if (address == null && pin == null && !problems.has(ImportColumn.HOME_LAT) && !problems.has(ImportColumn.HOME_LON)) {
            problems.add(header.has(ImportColumn.HOME_ADDRESS) ? ImportColumn.HOME_ADDRESS : ImportColumn.HOME_LAT,
                    "give the home as home_address, or as home_lat and home_lon");
        }
        ChildRequest request = new ChildRequest(cells.text(ImportColumn.CHILD_GIVEN_NAME),
                cells.text(ImportColumn.CHILD_FAMILY_NAME), cells.date(ImportColumn.BIRTH_DATE),
                cells.grade(ImportColumn.GRADE), school.id, address, pin, cells.yesNo(ImportColumn.WHEELCHAIR),
                cells.yesNo(ImportColumn.BOOSTER_SEAT), cells.yesNo(ImportColumn.HANDOVER_REQUIRED),
                cells.adults(ImportColumn.AUTHORISED_ADULTS));
        for (ConstraintViolation<ChildRequest> v : validator.validate(request)) {
            problems.add(v.getPropertyPath().toString(), v.getMessage());
        }
        children.problems(request, school).forEach(f -> problems.add(f.field(), f.reason()));
        if (EXAMPLE_PHONE.equals(phone) && ImportColumn.CHILD_GIVEN_NAME.example().equals(request.givenName())
                && ImportColumn.CHILD_FAMILY_NAME.example().equals(request.familyName())) {
            problems.add(ImportColumn.CHILD_GIVEN_NAME, "is the template's example row: replace it with a real child"
                    + " or delete the row");
        }
        HomeLocator.Home home = null;
        if ((address != null || pin != null) && !problems.hasHome()) {
            try {
                home = homes.locate(pin, address);
            } catch (ProblemException e) {
                e.toProblem().errors().forEach(f -> problems.add(f.field(), f.reason()));
            }
        }
        List<RowError> errors = new ArrayList<>();
        problems.found.forEach((c, reason) -> errors.add(new RowError(row.number(), header.name(c), reason)));
        for (int stray : header.strayCells(row)) {
            errors.add(new RowError(row.number(), "column " + letters(stray),
                    "holds a value, but the header row names no column there"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new ChildRow(row.number(), guardianGiven, guardianFamily, phone, email, language, request, home),
                List.of());
    }

    /**
     * A cell a spreadsheet would run as a formula: starting with = or @, or with + or - unless it is a number or a
     * phone number.
     */
    static boolean formulaLike(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        return first == '=' || first == '@' || ((first == '+' || first == '-') && !NUMBER_LIKE.matcher(v).matches());
    }

    /** A spreadsheet's name of a column: A for the first, Z, then AA. */
    static String letters(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** The first problem of each cell, in the columns' order. */
    private static final class Problems {

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

    /** Reads a row's cells into values, noting each cell it cannot read; null for a blank or unreadable cell. */
    private static final class Cells {

        private final ImportHeader header;
        private final Sheet.Row row;
        private final Problems problems;

        Cells(ImportHeader header, Sheet.Row row, Problems problems) {
            this.header = header;
            this.row = row;
            this.problems = problems;
        }

        String text(ImportColumn c) {
            String v = header.value(row, c);
            return v.isEmpty() || problems.has(c) ? null : v;
        }

        String name(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                problems.add(c, "is required");
            } else if (v.length() > 100) {
                problems.add(c, "must be at most 100 characters");
            }
            return v;
        }

        String phone(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                problems.add(c, "is required");
                return null;
            }
            try {
                return PhoneNumber.normalise(v, c.english());
            } catch (ProblemException e) {
                problems.add(c, e.toProblem().errors().stream().map(FieldError::reason).findFirst().orElse("is not a phone number"));
                return null;
            }
        }

        String email(ImportColumn c) {
            String v = text(c);
            if (v != null && (v.length() > 200 || !EMAIL.matcher(v).matches())) {
                problems.add(c, v.length() > 200 ? "must be at most 200 characters" : "must be an e-mail address");
            }
            return v;
        }

        String language(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            String language = LANGUAGES.get(v.toLowerCase(java.util.Locale.ROOT));
            if (language == null) {
                problems.add(c, "must be zh or en (中文 or English)");
            }
            return language;
        }

        LocalDate date(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            Matcher m = DATE.matcher(v);
            try {
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                // falls through to the same answer as any other text that is no date
            }
            problems.add(c, "is not a date: write it as YYYY-MM-DD, such as 2018-09-01");
            return null;
        }

        Integer grade(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            Matcher m = GRADE.matcher(v);
            if (!m.matches()) {
                problems.add(c, "must be a whole number, such as 3");
                return null;
            }
            return Integer.parseInt(m.group(1));
        }

        Boolean yesNo(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            String answer = v.toLowerCase(java.util.Locale.ROOT);
            if (YES.contains(answer)) {
                return true;
            }
            if (NO.contains(answer)) {
                return false;
            }
            problems.add(c, "must be yes or no (是 or 否)");
            return null;
        }

        /** The home's pin when both coordinates are given and are numbers; null otherwise. */
        Coordinates pin() {
            String lat = text(ImportColumn.HOME_LAT);
            String lon = text(ImportColumn.HOME_LON);
            if (lat == null && lon == null) {
                return null;
            }
            Double latitude = coordinate(ImportColumn.HOME_LAT, lat, "the home's latitude");
            Double longitude = coordinate(ImportColumn.HOME_LON, lon, "the home's longitude");
            return latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
        }

        private Double coordinate(ImportColumn c, String v, String what) {
            if (v == null) {
                problems.add(c, "is required with " + (c == ImportColumn.HOME_LAT ? "home_lon" : "home_lat"));
                return null;
            }
            if (!DECIMAL.matcher(v).matches()) {
                problems.add(c, "must be " + what + " in degrees, such as " + (c == ImportColumn.HOME_LAT ? "30.3296" : "112.1842"));
                return null;
            }
            return Double.parseDouble(v);
        }

        /** "name phone relation" entries separated by ; (or ；or a line break). */
        List<ChildRequest.AdultRequest> adults(ImportColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            List<ChildRequest.AdultRequest> adults = new ArrayList<>();
            String[] entries = v.split("[;；\\n]");
            for (String entry : entries) {
                if (entry.isBlank()) {
                    continue;
                }
                Matcher phone = PHONE_IN_TEXT.matcher(entry);
                if (!phone.find()) {
                    problems.add(c, "adult " + (adults.size() + 1) + ": write \"name phone relation\", such as"
                            + " \"李强 13900139000 外公\"");
                    return null;
                }
                String relation = entry.substring(phone.end()).replaceAll("^[\\s,，]+", "").replaceAll("^[(（]|[)）]$", "").strip();
                adults.add(new ChildRequest.AdultRequest(entry.substring(0, phone.start()).strip().replaceAll("[,，]$", "").strip(),
                        phone.group(), relation.isEmpty() ? null : relation));
            }
            return adults;
        }
    }
}
