package org.schoolshuttle.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.jackson.Jackson;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.Helper;
import com.graphhopper.util.TurnCostsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How GraphHopper is configured for our {@link TravelProfile}s. Everything that changes the prepared
 * graph is listed here, and {@link #fingerprint()} covers all of it, so a change re-imports.
 */
final class GraphProfiles {

    /** Every encoded value the custom models read; GraphHopper refuses to import when one is missing. */
    static final String ENCODED_VALUES = "bus_access, car_average_speed, road_access, max_weight, max_width, max_height, "
            + "road_class, foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating";

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();

    private GraphProfiles() {
    }

    static void configure(GraphHopper hopper) {
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setProfiles(Arrays.stream(TravelProfile.values()).map(GraphProfiles::profile).toList());
        hopper.getCHPreparationHandler().setCHProfiles(Arrays.stream(TravelProfile.values())
                .filter(TravelProfile::contracted).map(p -> new CHProfile(p.id())).toList());
    }

    /** A text that changes whenever the profile configuration changes. */
    static String fingerprint() {
        StringBuilder text = new StringBuilder("graphhopper-11.0|").append(ENCODED_VALUES);
        for (TravelProfile p : TravelProfile.values()) {
            text.append('|').append(p.id()).append(p.contracted() ? "+ch" : "")
                    .append(p.turnCosts() ? "+turns" + TravelProfile.U_TURN_SECONDS + "|" : "|").append(readModel(p));
        }
        return text.toString();
    }

    private static Profile profile(TravelProfile travelProfile) {
        try {
            CustomModel model = MAPPER.readValue(readModel(travelProfile), CustomModel.class);
            Profile profile = new Profile(travelProfile.id()).setCustomModel(model);
            if (travelProfile.turnCosts()) {
                profile.setTurnCostsConfig(new TurnCostsConfig(List.of("motorcar", "motor_vehicle"),
                        TravelProfile.U_TURN_SECONDS));
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("Custom model of profile " + travelProfile.id() + " is not valid JSON", e);
        }
    }

    private static String readModel(TravelProfile profile) {
        String resource = "/routing/" + profile.customModelResource();
        try (InputStream in = GraphProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing custom model " + resource);
            }
            return Helper.readJSONFileWithoutComments(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profiles the API offers (the curb-side one only draws the service's own routes). */
    static List<String> ids() {
        return Arrays.stream(TravelProfile.values()).filter(p -> !p.turnCosts()).map(TravelProfile::id).toList();
    }
}
