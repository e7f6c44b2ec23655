package org.schoolshuttle.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The map settings as every page hands them to its script. Written once: they come from the configuration, and
 * writing them anew cost every page a JSON serialisation.
 */
@ApplicationScoped
class MapScript {

    private final String json;

    MapScript(MapSettings map, ObjectMapper json) {
        this.json = PageFrame.scriptJson(json, map.forBrowser());
    }

    String json() {
        return json;
    }
}
