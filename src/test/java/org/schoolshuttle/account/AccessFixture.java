package org.schoolshuttle.account;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.schoolshuttle.Api;
import org.schoolshuttle.sponsor.Sponsors;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * What the access matrix calls on, set up through the API: village A with its coordinator, a school, a child of
 * parent P, two drivers (one with a DRIVER login), a vehicle, an escort and two sponsors (one with a SPONSOR
 * login); village B with its coordinator; parent Q of another family. Paths name objects as placeholders:
 * {@code {child}} is the fixture's child, {@code {newChild}} a spare child, replaced once a call has used it up.
 */
final class AccessFixture {

    /** Who calls; "the object" is the one the path names, always of village A. */
    enum Who {
        ANONYMOUS,
        ADMIN,
        /** coordinator of village A, the object's village */
        COORDINATOR,
        /** coordinator of village B only */
        COORDINATOR_OTHER,
        /** parent P, whose family the child belongs to */
        PARENT,
        /** parent Q, another family */
        PARENT_OTHER,
        /** the login of driver {@code {driver}} */
        DRIVER,
        /** the login of sponsor {@code {sponsor}} */
        SPONSOR
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern OBJECT = Pattern.compile("/api/v1/[a-z-]+/\\d+");

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Supplier<Long>> fresh = new HashMap<>();
    private final Map<String, Long> spares = new HashMap<>();
    private final Map<Who, String> logins = new EnumMap<>(Who.class);

    private AccessFixture() {
    }

    static AccessFixture create() {
        AccessFixture f = new AccessFixture();
        long villageA = Api.village();
        long villageB = Api.village();
        f.ids.put("village", villageA);
        f.logins.put(Who.COORDINATOR, Api.coordinator(villageA));
        f.logins.put(Who.COORDINATOR_OTHER, Api.coordinator(villageB));
        f.logins.put(Who.PARENT, Api.parent());
        f.logins.put(Who.PARENT_OTHER, Api.parent());
        f.ids.put("school", f.createAs(Who.COORDINATOR, "/api/v1/schools", f.school()));
        f.ids.put("child", f.createAs(Who.PARENT, "/api/v1/children", f.child("小明")));
        f.ids.put("sponsor", Sponsors.create(f.logins.get(Who.COORDINATOR), villageA));
        f.ids.put("otherSponsor", Sponsors.create(f.logins.get(Who.COORDINATOR), villageA));
        f.logins.put(Who.SPONSOR, Sponsors.login(f.logins.get(Who.COORDINATOR), f.ids.get("sponsor")));
        f.ids.put("driver", f.createAs(Who.COORDINATOR, "/api/v1/drivers", f.driver()));
        f.ids.put("otherDriver", f.createAs(Who.COORDINATOR, "/api/v1/drivers", f.driver()));
        String driverLogin = Api.unique("driver");
        f.call(Who.ANONYMOUS, "POST", "/api/v1/invitations/accept", f.acceptance(f.ids.get("driver"), driverLogin))
                .then().statusCode(201);
        f.logins.put(Who.DRIVER, driverLogin);
        f.ids.put("vehicle", f.createAs(Who.COORDINATOR, "/api/v1/vehicles", f.vehicle()));
        f.ids.put("escort", f.createAs(Who.COORDINATOR, "/api/v1/escorts", f.escort()));
        f.fresh.put("newChild", () -> f.createAs(Who.PARENT, "/api/v1/children", f.child(Api.unique("小"))));
        f.fresh.put("newDriver", () -> f.createAs(Who.COORDINATOR, "/api/v1/drivers", f.driver()));
        f.fresh.put("newVehicle", () -> f.createAs(Who.COORDINATOR, "/api/v1/vehicles", f.vehicle()));
        f.fresh.put("newEscort", () -> f.createAs(Who.COORDINATOR, "/api/v1/escorts", f.escort()));
        f.fresh.put("newSponsor", () -> Sponsors.create(f.logins.get(Who.COORDINATOR), villageA));
        return f;
    }

    long id(String name) {
        return ids.get(name);
    }

    /** The path with its placeholders replaced; a {@code new…} placeholder names the spare, created if need be. */
    String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Long id = ids.containsKey(name) ? ids.get(name) : spares.computeIfAbsent(name, n -> fresh.get(n).get());
            m.appendReplacement(path, String.valueOf(id));
        }
        return m.appendTail(path).toString();
    }

    /** After a call that succeeded: its spares are deleted, withdrawn or invited, so the next call gets new ones. */
    void usedUp(String template) {
        PLACEHOLDER.matcher(template).results().forEach(m -> spares.remove(m.group(1)));
    }

    /** Calls as someone; query parameters in the path are sent as such, so that they are encoded. */
    Response call(Who who, String method, String path, Object body) {
        RequestSpecification request = switch (who) {
            case ANONYMOUS -> given().contentType(ContentType.JSON);
            case ADMIN -> Api.asAdmin();
            default -> Api.as(logins.get(who), Api.PASSWORD);
        };
        String[] parts = path.split("\\?", 2);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], kv[1]);
            }
        }
        if (body != null) {
            request.body(body);
        }
        return request.request(method, parts[0]);
    }

    /**
     * What a refused call must leave as it was, seen by the administrator: the object when the call is on the object
     * itself (PUT, DELETE), else the newest audit entry, which every create, change and delete writes.
     */
    String state(String path) {
        if (OBJECT.matcher(path).matches()) {
            return call(Who.ADMIN, "GET", path, null).then().extract().asString();
        }
        return String.valueOf(call(Who.ADMIN, "GET", "/api/v1/audit?size=1", null)
                .then().statusCode(200).extract().jsonPath().getList("items.id"));
    }

    private long createAs(Who who, String path, Object body) {
        return call(who, "POST", path, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> village() {
        return Map.of("nameZh", Api.unique("村"), "nameEn", Api.unique("Village "), "centre", Map.of("lat", 30.30, "lon", 112.20));
    }

    Map<String, Object> coordinator() {
        return Map.of("username", Api.unique("coord"), "displayName", "Coordinator", "password", Api.PASSWORD,
                "villageIds", List.of(id("village")));
    }

    Map<String, Object> signup() {
        return Map.of("givenName", "红", "familyName", "李", "phone", Api.uniquePhone(), "password", Api.PASSWORD,
                "acceptPrivacyNotice", true);
    }

    Map<String, Object> guardian() {
        return Map.of("givenName", "明", "familyName", "王");
    }

    Map<String, Object> school() {
        return Api.primarySchool(id("village"));
    }

    Map<String, Object> calendar() {
        return Map.of("terms", List.of(Map.of("name", "Autumn 2026", "startsOn", "2026-09-01", "endsOn", "2027-01-20")));
    }

    Map<String, Object> child(String givenName) {
        return Map.of("givenName", givenName, "familyName", "王", "birthDate", LocalDate.now().minusYears(7).toString(),
                "grade", 1, "schoolId", id("school"), "homePin", Map.of("lat", 30.3296, "lon", 112.1842));
    }

    /** A volunteer driver of village A with a phone number of their own. */
    Map<String, Object> driver() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageId", id("village"));
        body.put("givenName", "建国");
        body.put("familyName", "李");
        body.put("phone", Api.uniquePhone());
        body.put("kind", "VOLUNTEER");
        body.put("licenceClass", "C1");
        body.put("licenceExpiry", "2030-06-30");
        body.put("backgroundCheckOn", "2025-01-10");
        body.put("backgroundCheckExpiry", "2028-01-10");
        body.put("trainingOn", "2025-02-01");
        return body;
    }

    Map<String, Object> escort() {
        return Map.of("villageId", id("village"), "givenName", "秀英", "familyName", "王", "phone", Api.uniquePhone(),
                "backgroundCheckOn", "2025-01-10", "backgroundCheckExpiry", "2028-01-10", "trainingOn", "2025-02-01");
    }

    /** A minibus of village A owned by the sponsor, with a plate of its own. */
    Map<String, Object> vehicle() {
        return Map.of("villageId", id("village"), "plate", Api.unique("鄂A·"), "kind", "MINIBUS", "childSeats", 14,
                "inspectionExpiry", "2027-05-31", "insuranceExpiry", "2027-01-15", "ownerSponsorId", id("sponsor"));
    }

    Map<String, Object> sponsor() {
        return Sponsors.body(id("village"));
    }

    Map<String, Object> sponsorAccount() {
        return Map.of("username", Api.unique("sponsor"), "displayName", "Sponsor", "password", Api.PASSWORD);
    }

    /** A new driver's invitation, accepted with a new user name. */
    Map<String, Object> acceptance() {
        return acceptance(createAs(Who.COORDINATOR, "/api/v1/drivers", driver()), Api.unique("driver"));
    }

    private Map<String, Object> acceptance(long driverId, String username) {
        String code = call(Who.COORDINATOR, "POST", "/api/v1/drivers/" + driverId + "/invitation", null)
                .then().statusCode(201).extract().jsonPath().getString("code");
        return Map.of("code", code, "username", username, "password", Api.PASSWORD);
    }

    Map<String, Object> boardChoice() {
        return Map.of("named", false);
    }

    Map<String, Object> serviceHours() {
        return Map.of("kind", "TRAINING", "serviceDate", LocalDate.now().minusDays(1).toString(), "minutes", 60,
                "note", "First-aid training");
    }

    Map<String, Object> pointsScheme() {
        return Map.of("pointsPerHour", 10, "earlyRunBonus", 5, "earlyBefore", "07:00", "fullMonthBonus", 50,
                "cleanRecordBonus", 30);
    }

    Map<String, Object> contribution() {
        return Map.of("sponsorId", id("sponsor"), "amount", 100, "contributedOn", LocalDate.now().minusDays(1).toString());
    }

    Map<String, Object> matrix() {
        return Map.of("profile", "minibus", "sources", List.of(List.of(30.329678, 112.187501)),
                "targets", List.of(List.of(30.301124, 112.196250)));
    }
}
