package org.schoolshuttle.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.RunDetailView;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.run.RunView;
import org.schoolshuttle.run.Runs;
import org.schoolshuttle.sponsor.Sponsors;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export read back: the GPX as XML, the GeoJSON as JSON, the manifest as CSV and PDF; and who may have them. */
@QuarkusTest
class ExportTest {

    @Inject
    RoutingService routing;

    @Inject
    PrintedManifest printedManifest;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aRouteReadsBackAsGpxAndGeoJson() throws Exception {
        Runs.Setup s = Runs.publishedPlan(routing, 3, Map.of());
        long route = s.routes().get(0);
        JsonPath plan = Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/plans/" + planOf(s)).then().statusCode(200)
                .extract().jsonPath();
        List<String> stopNames = plan.getList("routes.find { it.id == " + route + " }.stops.name");

        byte[] gpx = Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/exports/routes/" + route + "/route.gpx").then()
                .statusCode(200).contentType(containsString("application/gpx+xml"))
                .header("Content-Disposition", containsString("route-" + route + ".gpx")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(gpx));
        NodeList waypoints = doc.getElementsByTagNameNS("http://www.topografix.com/GPX/1/1", "wpt");
        assertEquals(stopNames.size(), waypoints.getLength(), "a waypoint per stop");
        for (int k = 0; k < waypoints.getLength(); k++) {
            String name = waypoints.item(k).getFirstChild().getTextContent();
            assertEquals((k + 1) + ". " + stopNames.get(k), name, "the stops in driving order");
        }
        assertTrue(doc.getElementsByTagNameNS("http://www.topografix.com/GPX/1/1", "trkpt").getLength() >= 2,
                "the road is a track");

        JsonPath geo = JsonPath.from(Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/exports/routes/" + route
                + "/route.geojson").then().statusCode(200).contentType(containsString("application/geo+json")).extract().asString());
        assertEquals("FeatureCollection", geo.getString("type"));
        assertEquals("LineString", geo.getString("features[0].geometry.type"));
        assertTrue(geo.getList("features[0].geometry.coordinates").size() >= 2);
        assertEquals(stopNames, geo.getList("features.findAll { it.properties.kind == 'stop' }.properties.name"));
        assertEquals(3, geo.getList("features.findAll { it.properties.kind == 'stop' }.properties.children", Integer.class)
                .stream().mapToInt(Integer::intValue).sum(), "the route's children counted at their stops");

        // Only the village's coordinators (and administrators) have the village's routes.
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        Api.as(other.coordinator(), Api.PASSWORD).get("/api/v1/exports/routes/" + route + "/route.gpx").then().statusCode(404);
        Api.as(s.parent(), Api.PASSWORD).get("/api/v1/exports/routes/" + route + "/route.geojson").then().statusCode(403);
        Api.as(s.driver(), Api.PASSWORD).get("/api/v1/exports/routes/" + route + "/route.gpx").then().statusCode(403);
        Api.asAdmin().get("/api/v1/exports/routes/" + route + "/route.gpx").then().statusCode(200);
        Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/exports/routes/999999999/route.gpx").then().statusCode(404);
    }

    @Test
    void aRunsManifestReadsBackAsCsvForItsDriver() {
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of());
        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        byte[] bytes = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read the names as UTF-8");
        List<List<String>> rows = parse(body.substring(1));
        assertEquals(List.of(RunManifest.HEADER.split(",")), rows.get(0));
        assertEquals(3, rows.size(), "a row per child: " + rows);
        JsonPath detail = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200).extract().jsonPath();
        List<String> names = detail.getList("stops.children.flatten().givenName");
        assertEquals(names, List.of(rows.get(1).get(3), rows.get(2).get(3)), "the children in stop order");
        assertTrue(rows.get(1).get(8).startsWith("+86"), "the guardian's phone: " + rows.get(1));
        assertEquals("", rows.get(1).get(10), "an empty box to tick");

        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        Api.as(other.driver(), Api.PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then().statusCode(404);
        Api.as(other.coordinator(), Api.PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then().statusCode(404);
        Api.as(s.parent(), Api.PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then().statusCode(403);
        Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/exports/runs/" + run + "/manifest.csv").then().statusCode(200);
    }

    @Test
    void aRunsManifestPrintsAsPdfWithTheChildrenTheirContactsAndWhomToCall() throws IOException {
        String grandmaPhone = Api.uniquePhone();
        Runs.Setup s = Runs.publishedPlan(routing, 2, Map.of("handoverRequired", true, "authorisedAdults",
                List.of(Map.of("name", "张奶奶", "phone", grandmaPhone, "relation", "奶奶 grandmother"))));
        String coordinatorPhone = Api.uniquePhone();
        Api.asAdmin().body(Map.of("username", Api.unique("coordpdf"), "displayName", "王芳", "password", Api.PASSWORD,
                "phone", coordinatorPhone, "villageIds", List.of(s.villageId())))
                .post("/api/v1/accounts/coordinators").then().statusCode(201);
        Runs.crew(s, s.routes().get(0), s.driverId(), null);
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        String url = "/api/v1/exports/runs/" + run + "/manifest.pdf";

        byte[] pdf = Api.as(s.driver(), Api.PASSWORD).get(url).then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", containsString("run-" + run + "-manifest.pdf")).extract().asByteArray();
        String text = text(pdf);
        JsonPath detail = Api.as(s.driver(), Api.PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200)
                .extract().jsonPath();
        List<String> names = detail.getList("stops.children.flatten().givenName");
        assertEquals(2, names.size());
        for (String name : names) {
            assertTrue(name.startsWith("小") && text.contains(name), "the child " + name + " in:\n" + text);
        }
        List<String> stops = detail.getList("stops.name");
        List<String> times = detail.getList("stops.plannedTime");
        for (int k = 0; k < stops.size(); k++) {
            assertTrue(text.contains((k + 1) + ". " + stops.get(k)), "stop " + (k + 1) + " " + stops.get(k) + " in order");
            assertTrue(text.contains(times.get(k)), "planned at " + times.get(k));
            if (k > 0) {
                assertTrue(text.indexOf((k + 1) + ". " + stops.get(k)) > text.indexOf(k + ". " + stops.get(k - 1)),
                        "the stops in driving order");
            }
        }
        for (String phone : detail.<String>getList("stops.children.flatten().guardian.phone")) {
            assertTrue(text.contains(phone), "the guardian's phone " + phone);
        }
        for (String expected : List.of("张奶奶 +86" + grandmaPhone, "奶奶 grandmother", "须交给监护人",
                "王芳", "+86" + coordinatorPhone, "110 报警 Police", "120 急救 Ambulance", "119 火警 Fire",
                detail.getString("run.plate"), detail.getString("run.name"), "上车 On", "下车 Off")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }

        Api.as(s.coordinator(), Api.PASSWORD).get(url).then().statusCode(200).contentType(containsString("application/pdf"));
        Api.asAdmin().get(url).then().statusCode(200);
        Runs.Setup other = Runs.publishedPlan(routing, 1, Map.of());
        Api.as(other.driver(), Api.PASSWORD).get(url).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        Api.as(other.coordinator(), Api.PASSWORD).get(url).then().statusCode(404);
        Api.as(s.parent(), Api.PASSWORD).get(url).then().statusCode(403);
        Api.as(Sponsors.login(s.coordinator(), s.sponsor()), Api.PASSWORD).get(url).then().statusCode(403);
        given().get(url).then().statusCode(401);
        Api.as(s.driver(), Api.PASSWORD).get("/api/v1/exports/runs/999999999/manifest.pdf").then().statusCode(404);
    }

    @Test
    void aLongRunsManifestRunsOverSeveralPagesWithTheColumnHeadersOnEach() throws IOException {
        List<RunDetailView.StopView> stops = new java.util.ArrayList<>();
        int child = 0;
        for (int stop = 0; stop < 4; stop++) {
            List<RunDetailView.Rider> riders = new java.util.ArrayList<>();
            for (int k = 0; k < 12; k++, child++) {
                riders.add(new RunDetailView.Rider(child, 1, "小红" + child, child % 5 == 0, child % 4 == 0, child % 2 == 0,
                        new RunDetailView.Contact("李" + child, "+86139000000" + String.format("%02d", child), "guardian"),
                        List.of(new RunDetailView.Contact("赵爷爷", "+8613800000000", "爷爷")), null, null, null, null));
            }
            stops.add(new RunDetailView.StopView(stop, stop, "站点" + stop + " Stop", 30.3, 112.2, null, "07:1" + stop, riders, false));
        }
        RunView view = new RunView(1, LocalDate.of(2025, 9, 1), Direction.FROM_SCHOOL, "六合 放学", RunStatus.SCHEDULED,
                List.of(), 1, "青石镇中心小学", 1, "鄂B·00001", 50, 1L, null, null, null, null, null, null,
                new RunView.Count(child, child, 0, 0, 0, 0));
        RunDetailView.Place school = new RunDetailView.Place(1, "青石镇中心小学", 30.3, 112.2,
                Instant.parse("2025-09-01T08:40:00Z"));
        RunDetailView run = new RunDetailView(view, school, List.of(school), new RunDetailView.Crew(1, "王师傅", "+8613900009999"), null, stops,
                null, List.of(), "");
        try (PDDocument doc = Loader.loadPDF(printedManifest.pdf(run, List.of(), ZoneId.of("Asia/Shanghai")))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "48 children take several pages: " + pages);
            String all = new PDFTextStripper().getText(doc);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String text = page.getText(doc);
                if (text.contains("小红")) {
                    assertTrue(text.contains("儿童 Child") && text.contains("监护人 Guardian"), "column headers on page " + p);
                }
                assertTrue(text.contains("110 报警 Police"), "emergency numbers at the foot of page " + p);
                assertTrue(text.contains(p + " / " + pages), "page " + p + " numbered");
            }
            for (int k = 0; k < child; k++) {
                assertTrue(all.contains("小红" + k + " "), "child " + k + " printed");
            }
            assertTrue(all.contains("出发 Start: 青石镇中心小学 · 16:40"), "the afternoon run starts at school, local time");
            assertTrue(all.contains("未登记电话"), "a village without a coordinator's phone says so");
            assertTrue(all.contains("轮椅") && all.contains("Wheelchair") && all.contains("Booster"), "needs printed");
            assertTrue(all.indexOf("收车核对 End of run") > all.indexOf("小红47"), "the sign-off comes last");
        }
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertEquals("\"王, 小明\"", RunManifest.cell("王, 小明"));
        assertEquals("\"say \"\"hi\"\"\"", RunManifest.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\""), RunManifest.cell("=HYPERLINK(\"x\")").replaceAll("^\"|\"$", ""));
        assertEquals("+8613800000001", RunManifest.cell("+8613800000001"), "a phone number stays a phone number");
        assertEquals("'@cmd", RunManifest.cell("@cmd"));
    }

    private static long planOf(Runs.Setup s) {
        return Api.as(s.coordinator(), Api.PASSWORD).get("/api/v1/schools/" + s.schoolId() + "/plans").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.status == 'PUBLISHED' }.id");
    }

    private static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** RFC 4180, as a spreadsheet reads it. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
