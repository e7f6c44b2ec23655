package org.schoolshuttle.live;

import io.restassured.path.json.JsonPath;
import org.schoolshuttle.Api;
import org.schoolshuttle.run.Runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phone driving a run's own road: the run's line, fixes along it, and what the family hears and sees. */
final class LiveTrack {

    private LiveTrack() {
    }

    /** The run's road as the driver's screen draws it, {@code [[lon, lat], ...]}. */
    static double[][] lineOf(String driver, long run) {
        List<List<Number>> coords = Api.as(driver, Api.PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200)
                .extract().jsonPath().getList("geometry.coordinates");
        return coords.stream().map(c -> new double[] {c.get(0).doubleValue(), c.get(1).doubleValue()})
                .toArray(double[][]::new);
    }

    /** Today's morning run of the setup, with its driver named on every route, started. */
    static long started(Runs.Setup s) {
        for (long route : s.routes()) {
            Runs.crew(s, route, s.driverId(), null);
        }
        Runs.generate(s, Runs.today());
        long run = Runs.runId(s, Runs.today(), "TO_SCHOOL");
        Api.as(s.driver(), Api.PASSWORD).body(Map.of()).post("/api/v1/runs/" + run + "/start").then().statusCode(200);
        return run;
    }

    /** Fixes every ~{@code step} metres along the line, {@code [lon, lat]}, ending at its end. */
    static List<double[]> along(double[][] line, double step) {
        RouteLine route = new RouteLine(line);
        List<double[]> points = new ArrayList<>();
        for (double a = 0; a <= route.length(); a += step) {
            double[] latLon = route.at(a);
            points.add(new double[] {latLon[1], latLon[0]});
        }
        double[] end = route.at(route.length());
        points.add(new double[] {end[1], end[0]});
        return points;
    }

    static Map<String, Object> position(double[] lonLat, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("at", at.toString());
        p.put("lat", lonLat[1]);
        p.put("lon", lonLat[0]);
        p.put("accuracy", 8.0);
        return p;
    }

    static JsonPath send(String driver, long run, List<Map<String, Object>> positions, int status) {
        return Api.as(driver, Api.PASSWORD).body(Map.of("positions", positions))
                .post("/api/v1/live/runs/" + run + "/positions").then().statusCode(status).extract().jsonPath();
    }

    static long messages(String parent, String topic) {
        List<String> topics = Api.as(parent, Api.PASSWORD).queryParam("size", 100).get("/api/v1/messages").then()
                .statusCode(200).extract().jsonPath().getList("items.topic");
        return topics.stream().filter(topic::equals).count();
    }

    /**
     * Drives the whole line, a fix every {@code step} metres, asking the family of the run's last stop after each
     * (the one who follows the shuttle longest): the ETA to their stop
     * must never rise by more than 30 s while the shuttle comes. Returns how many ETAs the family saw.
     */
    static int replay(Runs.Setup s, long run, double[][] line, double step) {
        long child = lastStopChild(s.driver(), run);
        Long previousEta = null;
        int seen = 0;
        for (double[] fix : along(line, step)) {
            send(s.driver(), run, List.of(position(fix, Instant.now())), 200);
            JsonPath seenByFamily = Api.as(s.parent(), Api.PASSWORD).get("/api/v1/live/children/" + child)
                    .then().statusCode(200).extract().jsonPath();
            String state = seenByFamily.getString("state");
            if (!"ON_ITS_WAY".equals(state) && !"AT_STOP".equals(state)) {
                continue;
            }
            assertTrue(seenByFamily.get("shuttle") != null, "the family sees the shuttle while it comes to their stop");
            long eta = Instant.parse(seenByFamily.getString("eta")).getEpochSecond();
            if (previousEta != null) {
                assertTrue(eta <= previousEta + 30, "the ETA to the stop does not go up as the shuttle comes: "
                        + previousEta + " then " + eta);
            }
            previousEta = eta;
            seen++;
        }
        return seen;
    }

    /** A child picked up at the run's last stop. */
    static long lastStopChild(String driver, long run) {
        List<List<Number>> children = Api.as(driver, Api.PASSWORD).get("/api/v1/runs/" + run).then().statusCode(200)
                .extract().jsonPath().getList("stops.children.childId");
        for (int k = children.size() - 1; k >= 0; k--) {
            if (!children.get(k).isEmpty()) {
                return children.get(k).get(0).longValue();
            }
        }
        throw new AssertionError("the run has no children");
    }
}
