package org.schoolshuttle.web;

import jakarta.ws.rs.FormParam;
import org.schoolshuttle.common.Coordinates;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.family.ChildRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The register-a-child form as typed, kept as text so a refused form comes back exactly as it was. */
public class ChildForm {

    @FormParam("givenName") public String givenName;
    @FormParam("familyName") public String familyName;
    @FormParam("birthDate") public String birthDate;
    @FormParam("grade") public String grade;
    @FormParam("schoolId") public String schoolId;
    @FormParam("homeAddress") public String homeAddress;
    @FormParam("lat") public String lat;
    @FormParam("lon") public String lon;
    @FormParam("needsWheelchair") public String needsWheelchair;
    @FormParam("needsBooster") public String needsBooster;
    @FormParam("handover") public String handover;
    @FormParam("adultName") public String adultName;
    @FormParam("adultPhone") public String adultPhone;
    @FormParam("adultRelation") public String adultRelation;

    public boolean wheelchair() {
        return "on".equals(needsWheelchair);
    }

    public boolean booster() {
        return "on".equals(needsBooster);
    }

    public boolean schoolIs(long id) {
        return String.valueOf(id).equals(schoolId);
    }

    /**
     * The request the form stands for; bean validation then checks the values.
     *
     * @throws InvalidInputException for text that is not a date, number or coordinate
     */
    ChildRequest toRequest() {
        Coordinates pin = null;
        if (!blank(lat) || !blank(lon)) {
            pin = new Coordinates(number(lat, "homePin"), number(lon, "homePin"));
        }
        Boolean handoverRequired = switch (handover == null ? "" : handover) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        List<ChildRequest.AdultRequest> adults = blank(adultName) && blank(adultPhone) ? List.of()
                : List.of(new ChildRequest.AdultRequest(trim(adultName), trim(adultPhone), trim(adultRelation)));
        return new ChildRequest(trim(givenName), trim(familyName), date(birthDate), whole(grade, "grade"),
                blank(schoolId) ? null : (long) whole(schoolId, "schoolId"), trim(homeAddress), pin, wheelchair(), booster(),
                handoverRequired, adults);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    private static LocalDate date(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("birthDate", "must be a date, as YYYY-MM-DD");
        }
    }

    private static Integer whole(String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private static Double number(String s, String field) {
        try {
            double v = Double.parseDouble(s.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "must be a point on the map");
        }
    }
}
