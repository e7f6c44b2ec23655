package org.schoolshuttle.routing;

import org.schoolshuttle.common.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ways of travelling the service plans with; each is a GraphHopper profile of the same name. */
public enum TravelProfile {
    /** A school minibus or volunteer car: GraphHopper's bus model, prepared with Contraction Hierarchies. */
    MINIBUS("minibus", "minibus.json", true),
    /** A child on foot: never along motorway, trunk or primary roads; prefers paths and quiet streets. */
    CHILD_WALK("child_walk", "child_walk.json", false),
    /** An adult on foot with no road excluded: to compare a child's walk with the walk an adult would take. */
    FOOT("foot", "foot.json", false);

    private final String id;
    private final String customModelResource;
    private final boolean contracted;

    TravelProfile(String id, String customModelResource, boolean contracted) {
        this.id = id;
        this.customModelResource = customModelResource;
        this.contracted = contracted;
    }

    public String id() {
        return id;
    }

    String customModelResource() {
        return customModelResource;
    }

    /** Whether the profile is prepared with Contraction Hierarchies (fast queries, fixed model). */
    public boolean contracted() {
        return contracted;
    }

    /**
     * @param field the parameter name reported when the profile is unknown
     * @throws InvalidInputException for a missing or unknown profile name
     */
    public static TravelProfile parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return MINIBUS;
        }
        return Arrays.stream(values()).filter(p -> p.id.equals(text.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "unknown profile '" + text + "'; use one of "
                        + Arrays.stream(values()).map(TravelProfile::id).collect(Collectors.joining(", "))));
    }
}
