package org.schoolshuttle.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;
import org.schoolshuttle.RoadNetworkReady;
import org.schoolshuttle.childimport.ImportFiles;
import org.schoolshuttle.route.Plans;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The coordinator's import page without a browser: templates, a refused file's rows in a table, an imported file's summary. */
@QuarkusTest
class ChildImportPageTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RoadNetworkReady.await();
    }

    @Test
    void aBadFileShowsEveryRowsProblemsAndAGoodOneWhatWasImported() {
        Api.SchoolSetup s = Api.schoolWithCoordinator();
        String page = "/app/coordinator/schools/" + s.schoolId() + "/child-imports";
        List<GeocodedPlace> homes = Plans.addressesNear(routing, Plans.LIUHE_LAT, Plans.LIUHE_LON, 3);
        WebSession coordinator = WebSession.signIn(s.coordinator(), Api.PASSWORD);
        coordinator.page("/app/coordinator/schools").then().statusCode(200).body(containsString(page));
        coordinator.page(page).then().statusCode(200).body(containsString("id=\"import-form\""))
                .body(containsString("enctype=\"multipart/form-data\"")).body(containsString("name=\"csrf-token\""))
                .body(containsString(page + "/template.xlsx")).body(containsString("guardian_phone"))
                .body(containsString("监护人手机"));
        // The template's header is in the page's language.
        coordinator.request().header("Accept-Language", "en").get(page + "/template.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("child_given_name"));
        coordinator.request().header("Accept-Language", "zh-CN").get(page + "/template.csv").then().statusCode(200)
                .body(containsString("孩子名字")).body(containsString(",否,否,"));

        Map<String, Object> badPhone = ImportFiles.row("12345", homes.get(0));
        Map<String, Object> badGrade = ImportFiles.row(Api.uniquePhone(), homes.get(1));
        badGrade.put("grade", "9");
        byte[] bad = ImportFiles.csv(ImportFiles.HEADER, List.of(badPhone, badGrade));
        coordinator.upload("children.csv", bad, "application/vnd.ms-excel").post(page).then().statusCode(422)
                .body(containsString("id=\"row-errors\"")).body(containsString("<td>2</td><td>guardian_phone</td>"))
                .body(containsString("<td>3</td><td>grade</td>")).body(not(containsString("id=\"import-summary\"")));
        assertEquals(0, ImportFiles.children(s.coordinator(), s.schoolId()), "nothing saved");

        coordinator.upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain").post(page)
                .then().statusCode(415).body(containsString(".xlsx"));
        // Without the form's token the file is refused and nothing is saved.
        byte[] good = ImportFiles.csv(ImportFiles.HEADER, List.of(ImportFiles.row(Api.uniquePhone(), homes.get(2))));
        coordinator.request().redirects().follow(false).multiPart("file", "children.csv", good, "text/csv").post(page)
                .then().statusCode(400);
        assertEquals(0, ImportFiles.children(s.coordinator(), s.schoolId()));

        coordinator.page(page);
        coordinator.upload("children.csv", good, "text/csv").post(page).then().statusCode(200)
                .body(containsString("id=\"import-summary\"")).body(containsString("id=\"rows-imported\">1<"));
        assertEquals(1, ImportFiles.children(s.coordinator(), s.schoolId()));

        WebSession other = WebSession.signIn(Api.schoolWithCoordinator().coordinator(), Api.PASSWORD);
        other.page(page).then().statusCode(404);
        WebSession parent = WebSession.signIn(Api.parent(), Api.PASSWORD);
        parent.page(page).then().statusCode(403);
    }
}
