package org.schoolshuttle.childimport;

import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.family.ChildRequest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a row's cells into values, noting each cell it cannot read; null for a blank or unreadable cell. */
final class RowCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern GRADE = Pattern.compile("(\\d{1,2})(\\.0+)?\\s*(年级)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("\\+?\\d[\\d\\s()\\-]{5,}\\d");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "需要", "要", "√", "✓");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "不需要", "不要", "无");
    private static final Map<String, String> LANGUAGES = Map.of("zh", "zh", "zh-cn", "zh", "中文", "zh", "chinese", "zh",
            "汉语", "zh", "en", "en", "english", "en", "英文", "en", "英语", "en");

    private final ImportHeader header;
    private final Sheet.Row row;
    private final RowProblems problems;

    RowCells(ImportHeader header, Sheet.Row row, RowProblems problems) {
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
