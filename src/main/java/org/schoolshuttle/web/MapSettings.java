package org.schoolshuttle.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Where the web app's map tiles come from. Providers serving China's GCJ-02 coordinates (most tile
 * services inside China) need our WGS-84 points shifted before drawing, which {@code coordinates=GCJ02}
 * asks the browser to do.
 */
@ConfigMapping(prefix = "shuttle.web.tiles")
public interface MapSettings {

    @WithDefault("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String url();

    @WithDefault("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
    String attribution();

    /** {@code WGS84} or {@code GCJ02}: the coordinate system of the tiles. */
    @WithDefault("WGS84")
    String coordinates();

    @WithDefault("19")
    int maxZoom();

    default Map<String, Object> forBrowser() {
        return Map.of("url", url(), "attribution", attribution(), "gcj02", "GCJ02".equalsIgnoreCase(coordinates()),
                "maxZoom", maxZoom());
    }
}
