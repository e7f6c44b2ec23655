package org.schoolshuttle.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.run.Runs;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export read back: the GPX as XML, the GeoJSON as JSON, the manifest as CSV; and who may have them. */
@QuarkusTest
class ExportTest {

    @Inject
    RoutingService routing;

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
