package org.schoolshuttle.sponsor;

import org.schoolshuttle.Api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sponsors that tests of this and other packages set up through the API. */
public final class Sponsors {

    private Sponsors() {
    }

    /** A valid request body; tests change single fields to break it. */
    public static Map<String, Object> body(long villageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageId", villageId);
        body.put("kind", "COMPANY");
        body.put("name", Api.unique("爱心企业 "));
        body.put("contactName", "张经理");
        body.put("contactPhone", "138 0013 8000");
        body.put("contactEmail", "care@example.org");
        return body;
    }

    /** Creates a sponsor in the village as the coordinator; returns its id. */
    public static long create(String coordinator, long villageId) {
        return Api.as(coordinator, Api.PASSWORD).body(body(villageId)).post("/api/v1/sponsors")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a SPONSOR login for the sponsor; returns its user name (password {@link Api#PASSWORD}). */
    public static String login(String coordinator, long sponsorId) {
        String username = Api.unique("sponsor");
        Api.as(coordinator, Api.PASSWORD)
                .body(Map.of("username", username, "displayName", "Sponsor " + username, "password", Api.PASSWORD))
                .post("/api/v1/sponsors/" + sponsorId + "/account").then().statusCode(201);
        return username;
    }
}
