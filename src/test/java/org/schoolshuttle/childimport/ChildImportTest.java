package org.schoolshuttle.childimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;
import org.schoolshuttle.fleet.Fleet;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.notify.OutboxMessageRepository;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;
import org.schoolshuttle.sponsor.Sponsors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.schoolshuttle.Api.PASSWORD;
import static org.schoolshuttle.Api.as;
import static org.schoolshuttle.childimport.ImportFiles.CSV;
import static org.schoolshuttle.childimport.ImportFiles.HEADER;
import static org.schoolshuttle.childimport.ImportFiles.XLSX;

/**
 * Bulk import of a school's children: CSV and Excel files, the templates filled in and sent back, every bad row reported
 * at once with nothing saved, duplicates, families joined by phone, each child matched on the published plan, the size
 * limits, and who may import.
 */
@QuarkusTest
class ChildImportTest {

    @Inject
    RoutingService routing;

    @Inject
    GuardianRepository guardians;

    @Inject
    ChildImportRepository imports;

    @Inject
    Outbox outbox;

    @Inject
    OutboxMessageRepository messages;

    private Api.SchoolSetup setup;
    private String coordinator;
    private long school;
    private List<GeocodedPlace> liuhe;

    @BeforeEach
    void aSchool() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
        setup = Api.schoolWithCoordinator();
        coordinator = setup.coordinator();
        school = setup.schoolId();
        liuhe = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 8);
    }

    @Test
    void aCsvFileWithChineseHeadersImportsEveryChildAndSaysWhyTheyWait() {
        String phone = Api.uniquePhone();
        String other = Api.uniquePhone();
        Map<String, Object> a = ImportFiles.row(phone, liuhe.get(0));
        a.put("wheelchair", "是");
        a.put("language", "English");
        a.put("authorised_adults", "王芳 138 0013 8001 外婆; Li Qiang, +8613900139002, (uncle)");
        Map<String, Object> b = ImportFiles.row(phone, liuhe.get(1));
        b.remove("home_address");
        b.put("home_lat", String.valueOf(liuhe.get(1).lat()));
        b.put("home_lon", String.valueOf(liuhe.get(1).lon()));
        b.put("handover_required", "yes");
        Map<String, Object> c = ImportFiles.row(other, liuhe.get(2));
        c.put("birth_date", "2017/3/5");
        List<String> english = new ArrayList<>(HEADER);
        english.add("handover_required");
        // The same columns, named in Chinese.
        List<String> chinese = english.stream().map(h -> ImportColumn.named(h).orElseThrow().chinese()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : List.of(a, b, c)) {
            Map<String, Object> named = new HashMap<>();
            row.forEach((k, v) -> named.put(ImportColumn.named(k).orElseThrow().chinese(), v));
            rows.add(named);
        }

        JsonPath summary = ImportFiles.upload(coordinator, school, CSV, ImportFiles.csv(chinese, rows))
                .then().statusCode(201).extract().jsonPath();

        assertEquals(3, summary.getInt("rowsImported"));
        assertEquals(2, summary.getInt("familiesCreated"));
        assertEquals(0, summary.getInt("familiesJoined"));
        assertEquals(0, summary.getInt("seated"));
        assertEquals(3, summary.getInt("waitlisted"));
        assertEquals(3, summary.getInt("waitlistedByReason.NO_ROUTE_FOR_SCHOOL"), "no plan is published yet");
        assertEquals(List.of(2, 3, 4), summary.getList("children.row", Integer.class));
        assertEquals(List.of("WAITLISTED", "WAITLISTED", "WAITLISTED"), summary.getList("children.status"));

        long first = summary.getLong("children[0].childId");
        JsonPath childA = as(coordinator, PASSWORD).get("/api/v1/children/" + first).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(a.get("child_given_name"), childA.getString("givenName"));
        assertTrue(childA.getBoolean("needsWheelchair"));
        assertFalse(childA.getBoolean("handoverRequired"), "9 years old: by the age rule, no hand-over needed");
        assertEquals(List.of("+8613800138001", "+8613900139002"), childA.getList("authorisedAdults.phone"));
        assertEquals(List.of("王芳", "Li Qiang"), childA.getList("authorisedAdults.name"));
        assertEquals(List.of("外婆", "uncle"), childA.getList("authorisedAdults.relation"));
        assertNotNull(childA.get("home"));
        JsonPath childB = as(coordinator, PASSWORD).get("/api/v1/children/" + summary.getLong("children[1].childId"))
                .then().statusCode(200).extract().jsonPath();
        assertTrue(childB.getBoolean("handoverRequired"), "as the file says");
        assertEquals(childA.getLong("guardianId"), childB.getLong("guardianId"), "one phone, one family");
        assertEquals(liuhe.get(1).lat(), childB.getDouble("pin.lat"), 1e-4);
        JsonPath childC = as(coordinator, PASSWORD).get("/api/v1/children/" + summary.getLong("children[2].childId"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("2017-03-05", childC.getString("birthDate"));

        Guardian family = QuarkusTransaction.requiringNew().call(() -> guardians.findById(childA.getLong("guardianId")));
        assertEquals("+86" + phone, family.phone);
        assertEquals("en", family.language, "the family's messages in the language the file gave");
        // With no log-in of their own, the family's messages are written in that language.
        String body = QuarkusTransaction.requiringNew().call(() -> {
            outbox.queue(family.id, first, Outbox.PLAN_CHANGED, new Text("新的时间", "New times"));
            return messages.find("guardianId = ?1 order by id desc", family.id).firstResult().body;
        });
        assertEquals("New times", body);
        as(coordinator, PASSWORD).queryParam("entityType", "child-import").queryParam("entityId", summary.getLong("importId"))
                .get("/api/v1/audit").then().statusCode(200).body("items[0].action", org.hamcrest.Matchers.equalTo("CREATE"))
                .body("items[0].changes.rowsImported", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void anExcelWorkbookSeatsChildrenOnThePublishedPlanAndAKnownFamilyJoins() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        long knownGuardian = as(s.parent(), PASSWORD).get("/api/v1/family").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        Map<String, Object> joining = ImportFiles.row("", liuhe.get(1));
        // As Excel stores them: the phone as a number, the date as a date cell, the grade as a number.
        joining.put("guardian_phone", Long.parseLong(s.parent().substring(3)));
        joining.put("birth_date", LocalDate.now().minusYears(9));
        joining.put("grade", 3);
        joining.remove("home_address");
        joining.put("home_lat", liuhe.get(1).lat());
        joining.put("home_lon", liuhe.get(1).lon());
        Map<String, Object> fresh = ImportFiles.row(Api.uniquePhone(), liuhe.get(2));
        Map<String, Object> wheelchair = ImportFiles.row(Api.uniquePhone(), liuhe.get(3));
        wheelchair.put("wheelchair", true);

        JsonPath summary = ImportFiles.upload(s.coordinator(), s.schoolId(), XLSX,
                ImportFiles.xlsx(HEADER, List.of(joining, fresh, wheelchair))).then().statusCode(201).extract().jsonPath();

        assertEquals(3, summary.getInt("rowsImported"));
        assertEquals(1, summary.getInt("familiesJoined"));
        assertEquals(2, summary.getInt("familiesCreated"));
        assertEquals(2, summary.getInt("seated"), summary.prettify());
        assertEquals(1, summary.getInt("waitlistedByReason.NEEDS_NOT_MET"), "the minibus has no wheelchair place");
        assertEquals(List.of("SEATED", "SEATED", "WAITLISTED"), summary.getList("children.status"));
        assertEquals(List.of(true, false, false), summary.getList("children.familyJoined"));
        assertEquals(knownGuardian, summary.getLong("children[0].guardianId"));
        assertNotNull(summary.getString("children[0].stopName"));

        long joined = summary.getLong("children[0].childId");
        assertEquals("SEATED", Plans.assignment(s.coordinator(), joined).getString("status"));
        // The known family sees the imported child as their own, seated.
        assertTrue(as(s.parent(), PASSWORD).get("/api/v1/children").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class).contains(joined));
        assertEquals("SEATED", Plans.assignment(s.parent(), joined).getString("status"));
        assertEquals("NEEDS_NOT_MET", Plans.assignment(s.coordinator(), summary.getLong("children[2].childId"))
                .getString("waitlistReason"));
    }

    @Test
    void fiftyChildrenAtOnceAreEachMatchedUntilTheSeatsRunOut() {
        Runs.Setup s = Runs.publishedPlan(routing, 1, Map.of());
        List<GeocodedPlace> homes = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 50);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GeocodedPlace home : homes) {
            rows.add(ImportFiles.row(Api.uniquePhone(), home));
        }
        JsonPath summary = ImportFiles.upload(s.coordinator(), s.schoolId(), CSV, ImportFiles.csv(HEADER, rows))
                .then().statusCode(201).extract().jsonPath();

        assertEquals(50, summary.getInt("rowsImported"));
        // One after another under the school's lock: the minibus's 14 seats, one already taken, and never one more.
        assertEquals(13, summary.getInt("seated"), summary.prettify());
        assertEquals(37, summary.getInt("waitlistedByReason.NO_SEAT"));
        assertEquals(0, summary.getInt("pending"));
    }

    @Test
    void theTemplatesComeBackFilledIn() throws IOException {
        byte[] csv = as(coordinator, PASSWORD).get("/api/v1/schools/" + school + "/child-imports/template.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so that Excel reads UTF-8");
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(2, lines.length, "the header and one example");
        assertEquals(Arrays.stream(ImportColumn.values()).map(ImportColumn::english).toList(), List.of(lines[0].split(",")));

        // Sent back unchanged, the example is refused rather than imported.
        ImportFiles.upload(coordinator, school, CSV, csv).then().statusCode(422)
                .body("errors[0].row", org.hamcrest.Matchers.equalTo(2))
                .body("errors[0].column", org.hamcrest.Matchers.equalTo("child_given_name"))
                .body("errors[0].reason", containsString("example row"));

        String given = Api.unique("小");
        String phone = Api.uniquePhone();
        byte[] filled = text.replace("小明", given).replace("13800138000", phone).getBytes(StandardCharsets.UTF_8);
        JsonPath fromCsv = ImportFiles.upload(coordinator, school, CSV, filled).then().statusCode(201).extract().jsonPath();
        assertEquals(1, fromCsv.getInt("rowsImported"));
        assertEquals(given, fromCsv.getString("children[0].givenName"));

        byte[] xlsx = as(coordinator, PASSWORD).queryParam("language", "zh")
                .get("/api/v1/schools/" + school + "/child-imports/template.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        byte[] workbookBack;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("孩子名字", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("guardian_phone", workbook.getSheetAt(1).getRow(ImportColumn.GUARDIAN_PHONE.ordinal() + 1)
                    .getCell(0).getStringCellValue(), "the second sheet explains each column");
            Row example = sheet.getRow(1);
            Row second = sheet.createRow(2);
            for (int c = 0; c < example.getLastCellNum(); c++) {
                second.createCell(c).setCellValue(example.getCell(c).getStringCellValue());
            }
            example.getCell(ImportColumn.CHILD_GIVEN_NAME.ordinal()).setCellValue(Api.unique("小"));
            example.getCell(ImportColumn.GUARDIAN_PHONE.ordinal()).setCellValue(Api.uniquePhone());
            second.getCell(ImportColumn.CHILD_GIVEN_NAME.ordinal()).setCellValue(Api.unique("小"));
            second.getCell(ImportColumn.GUARDIAN_PHONE.ordinal()).setCellValue(Api.uniquePhone());
            workbook.write(out);
            workbookBack = out.toByteArray();
        }
        JsonPath fromXlsx = ImportFiles.upload(coordinator, school, XLSX, workbookBack).then().statusCode(201)
                .extract().jsonPath();
        assertEquals(2, fromXlsx.getInt("rowsImported"));
        assertEquals(2, fromXlsx.getInt("familiesCreated"));
        assertEquals(3, ImportFiles.children(coordinator, school));
    }

    @Test
    void everyBadRowIsReportedAtOnceAndNothingIsSaved() {
        List<String> header = new ArrayList<>(HEADER);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            phones.add(Api.uniquePhone());
            rows.add(ImportFiles.row(phones.get(i), liuhe.get(i % liuhe.size())));
        }
        rows.get(0).put("guardian_phone", "12345");
        rows.get(0).put("grade", "7");
        rows.get(1).put("child_given_name", "=HYPERLINK(\"http://evil.example\",\"click\")");
        rows.get(1).put("wheelchair", "maybe");
        rows.get(2).remove("home_address");
        rows.get(2).put("home_lat", "48.1");
        rows.get(2).put("home_lon", "11.5");
        rows.get(3).put("home_address", "Nowhere Street 99, Atlantis");
        rows.get(4).put("child_family_name", "x".repeat(1001));
        rows.set(5, new HashMap<>());
        // Row 8 is good: still, nothing of the file is saved.
        rows.get(7).put("birth_date", "2018-13-40");
        rows.get(7).put("language", "fr");
        rows.get(7).put("authorised_adults", "Grandma");
        rows.get(8).put("home_lat", "30.3");
        rows.get(8).remove("home_address");
        rows.get(8).put("booster_seat", "@SUM(A1)");
        byte[] file = ImportFiles.csv(header, rows);
        // One cell beyond the header's columns, on the last row.
        String text = new String(file, StandardCharsets.UTF_8).stripTrailing() + ",stray\r\n";
        int before = ImportFiles.children(coordinator, school);
        long importsBefore = QuarkusTransaction.requiringNew().call(() -> imports.count());

        Response refused = ImportFiles.upload(coordinator, school, CSV, text.getBytes(StandardCharsets.UTF_8));

        refused.then().statusCode(422).contentType("application/problem+json").body("type", endsWith("/invalid-rows"))
                .body("detail", containsString("nothing was imported"));
        List<String> found = refused.jsonPath().getList("errors", Map.class).stream()
                .map(e -> e.get("row") + " " + e.get("column")).toList();
        assertEquals(List.of("2 grade", "2 guardian_phone", "3 child_given_name", "3 wheelchair", "4 home_lat",
                "5 home_address", "6 child_family_name", "9 birth_date", "9 language", "9 authorised_adults",
                "10 booster_seat", "10 home_lon", "10 column O"), found);
        JsonPath errors = refused.jsonPath();
        assertTrue(errors.getString("errors[0].reason").contains("teaches grades 1 to 6"), errors.prettify());
        assertTrue(errors.getString("errors[2].reason").contains("formula"));
        assertTrue(errors.getString("errors[4].reason").contains("outside"), errors.getString("errors[4].reason"));
        assertTrue(errors.getString("errors[5].reason").contains("not found on the map"));
        assertTrue(errors.getString("errors[6].reason").contains("1000"));

        assertEquals(before, ImportFiles.children(coordinator, school), "no child saved");
        assertEquals(importsBefore, QuarkusTransaction.requiringNew().call(() -> imports.count()));
        for (String phone : phones) {
            assertEquals(0, QuarkusTransaction.requiringNew().call(() -> guardians.count("phone", "+86" + phone)),
                    "no family saved");
        }
    }

    @Test
    void theSameChildTwiceOrAlreadyRegisteredIsRefused() {
        String parent = Api.parent();
        Map<String, Object> registered = Plans.child(school, liuhe.get(0));
        as(parent, PASSWORD).body(registered).post("/api/v1/children").then().statusCode(201);
        Map<String, Object> withdrawn = Plans.child(school, liuhe.get(1));
        long gone = as(parent, PASSWORD).body(withdrawn).post("/api/v1/children").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(parent, PASSWORD).post("/api/v1/children/" + gone + "/withdrawal").then().statusCode(200);

        Map<String, Object> again = ImportFiles.row(parent, liuhe.get(0));
        again.put("child_given_name", registered.get("givenName"));
        again.put("child_family_name", registered.get("familyName"));
        String phone = Api.uniquePhone();
        Map<String, Object> twice = ImportFiles.row(phone, liuhe.get(2));
        Map<String, Object> back = ImportFiles.row(parent, liuhe.get(1));
        back.put("child_given_name", withdrawn.get("givenName"));
        back.put("child_family_name", withdrawn.get("familyName"));
        back.put("birth_date", withdrawn.get("birthDate"));
        int before = ImportFiles.children(coordinator, school);

        Response refused = ImportFiles.upload(coordinator, school, CSV,
                ImportFiles.csv(HEADER, List.of(again, twice, ImportFiles.copy(twice), back)));

        refused.then().statusCode(422);
        JsonPath errors = refused.jsonPath();
        assertEquals(List.of(2, 4, 5), errors.getList("errors.row", Integer.class));
        assertTrue(errors.getString("errors[0].reason").contains("already registered at this school"));
        assertTrue(errors.getString("errors[1].reason").contains("repeats row 3"));
        assertTrue(errors.getString("errors[2].reason").contains("already has a child of this name and birth date"));
        assertEquals(before, ImportFiles.children(coordinator, school));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> guardians.count("phone", "+86" + phone)));
    }

    @Test
    void aFileTooLargeOfTheWrongKindOrWithoutOurColumnsIsRefused() {
        String phone = Api.uniquePhone();
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(ImportFiles.row(phone, liuhe.get(0)));
        }
        int before = ImportFiles.children(coordinator, school);
        refused(ImportFiles.upload(coordinator, school, CSV, ImportFiles.csv(HEADER, many)), 413, "too-many-rows");
        byte[] huge = new byte[70_000];
        Arrays.fill(huge, (byte) 'a');
        refused(ImportFiles.upload(coordinator, school, CSV, huge), 413, "file-too-large");
        refused(ImportFiles.upload(coordinator, school, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type");
        refused(ImportFiles.upload(coordinator, school, "application/vnd.ms-excel", new byte[] {1, 2}), 415,
                "unsupported-media-type");
        refused(ImportFiles.upload(coordinator, school, CSV, new byte[0]), 400, "unreadable-file");
        refused(ImportFiles.upload(coordinator, school, CSV, "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 400,
                "unreadable-file");
        refused(ImportFiles.upload(coordinator, school, CSV, ImportFiles.csv(HEADER, List.of())), 400, "unreadable-file")
                .body("detail", containsString("no children"));
        byte[] gbk = ImportFiles.line(HEADER).concat("\r\n小明,王").getBytes(Charset.forName("GBK"));
        refused(ImportFiles.upload(coordinator, school, CSV, gbk), 400, "unreadable-file").body("detail", containsString("UTF-8"));
        refused(ImportFiles.upload(coordinator, school, XLSX, ImportFiles.csv(HEADER, many.subList(0, 1))), 400,
                "unreadable-file").body("detail", containsString(".xlsx"));
        refused(ImportFiles.upload(coordinator, school, CSV, ImportFiles.xlsx(HEADER, many.subList(0, 1))), 400,
                "unreadable-file").body("detail", containsString("Excel workbook"));
        refused(ImportFiles.upload(coordinator, school, CSV, "child_given_name\r\n\"小明\r\n".getBytes(StandardCharsets.UTF_8)),
                400, "unreadable-file").body("detail", containsString("never closes"));

        List<String> odd = new ArrayList<>(HEADER);
        odd.remove("guardian_phone");
        odd.add("nickname");
        odd.add("孩子名字");
        Response header = ImportFiles.upload(coordinator, school, CSV, ImportFiles.csv(odd, many.subList(0, 1)));
        refused(header, 400, "unusable-header");
        assertEquals(List.of("1 nickname", "1 孩子名字", "1 guardian_phone"), header.jsonPath().getList("errors", Map.class)
                .stream().map(e -> e.get("row") + " " + e.get("column")).toList());
        assertEquals(before, ImportFiles.children(coordinator, school));
    }

    @Test
    void onlyTheSchoolsCoordinatorsAndAdministratorsMayImport() {
        byte[] file = ImportFiles.csv(HEADER, List.of(ImportFiles.row(Api.uniquePhone(), liuhe.get(0))));
        String path = "/api/v1/schools/" + school + "/child-imports";
        String otherCoordinator = Api.schoolWithCoordinator().coordinator();
        String parent = Api.parent();
        String driver = Fleet.driverLogin(coordinator, Fleet.driver(coordinator, setup.villageId()));
        String sponsor = Sponsors.login(coordinator, Sponsors.create(coordinator, setup.villageId()));

        refused(ImportFiles.upload(otherCoordinator, school, CSV, file), 404, "not-found");
        as(otherCoordinator, PASSWORD).get(path + "/template.csv").then().statusCode(404);
        as(otherCoordinator, PASSWORD).get(path + "/template.xlsx").then().statusCode(404);
        for (String refusedRole : List.of(parent, driver, sponsor)) {
            refused(ImportFiles.upload(refusedRole, school, CSV, file), 403, "forbidden");
            as(refusedRole, PASSWORD).get(path + "/template.csv").then().statusCode(403);
        }
        given().contentType(CSV).body(file).post(path).then().statusCode(401).contentType("application/problem+json");
        given().get(path + "/template.xlsx").then().statusCode(401);
        assertEquals(0, ImportFiles.children(coordinator, school), "nothing imported by a refused call");

        as(Api.ADMIN, Api.ADMIN_PASSWORD).get(path + "/template.csv").then().statusCode(200);
        ImportFiles.upload(Api.ADMIN, Api.ADMIN_PASSWORD, school, CSV, file).then().statusCode(201);
        assertEquals(1, ImportFiles.children(coordinator, school));
    }

    private static io.restassured.response.ValidatableResponse refused(Response response, int status, String type) {
        return response.then().statusCode(status).contentType("application/problem+json").body("type", endsWith("/" + type));
    }
}
