package org.schoolshuttle.childimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.common.RowError;
import org.schoolshuttle.family.ChildRequest;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.HomeLocator;
import org.schoolshuttle.school.School;

import java.util.ArrayList;
import java.util.List;
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

    private final Validator validator;
    private final ChildService children;
    private final HomeLocator homes;

    RowCheck(Validator validator, ChildService children, HomeLocator homes) {
        this.validator = validator;
        this.children = children;
        this.homes = homes;
    }

    Result check(ImportHeader header, Sheet.Row row, School school) {
        RowProblems problems = new RowProblems();
        for (ImportColumn c : ImportColumn.values()) {
            String v = header.value(row, c);
            if (v.length() > ImportColumn.MAX_CELL_LENGTH) {
                problems.add(c, "is longer than " + ImportColumn.MAX_CELL_LENGTH + " characters");
            } else if (formulaLike(v)) {
                problems.add(c, "looks like a spreadsheet formula (starts with " + v.charAt(0)
                        + "); type the value itself");
            }
        }
        RowCells cells = new RowCells(header, row, problems);
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
}
