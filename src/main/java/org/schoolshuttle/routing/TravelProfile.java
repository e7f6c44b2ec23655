package org.schoolshuttle.routing;

import org.schoolshuttle.common.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ways of travelling the service plans with; each is a GraphHopper profile of the same name. */
public enum TravelProfile {
    /** A school minibus or volunteer car: GraphHopper's bus model, prepared with Contraction Hierarchies. */
    MINIBUS("minibus", "minibus.json", true, false),
    /** A child on foot: never along motorway, trunk or primary roads; prefers paths and quiet streets. */
    CHILD_WALK("child_walk", "child_walk.json", false, false),
    /** An adult on foot with no road excluded: to compare a child's walk with the walk an adult would take. */
    FOOT("foot", "foot.json", false, false),
    /**
     * The minibus with turn costs, so that a route can arrive at a stop in the direction that keeps the families'
     * side of the road at the door (GraphHopper's curb side needs edge-based routing). Only the service draws
     * with it; the API does not offer it, its matrix would ignore the turns.
     */
    MINIBUS_CURB("minibus_curb", "minibus.json", false, true);

    /** Seconds a U-turn costs the minibus on the curb-side profile: a three-point turn on a village road. */
    static final int U_TURN_SECONDS = 60;

    private final String id;
    private final String customModelResource;
    private final boolean contracted;
    private final boolean turnCosts;

    TravelProfile(String id, String customModelResource, boolean contracted, boolean turnCosts) {
        this.id = id;
        this.customModelResource = customModelResource;
        this.contracted = contracted;
        this.turnCosts = turnCosts;
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

    /** Whether the profile routes edge by edge with turn costs (and so honours curb sides). */
    public boolean turnCosts() {
        return turnCosts;
    }

    /**
     * @param field the parameter name reported when the profile is unknown
     * @throws InvalidInputException for a missing or unknown profile name
     */
    public static TravelProfile parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return MINIBUS;
        }
        return Arrays.stream(values()).filter(p -> !p.turnCosts && p.id.equals(text.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "unknown profile '" + text + "'; use one of "
                        + Arrays.stream(values()).filter(p -> !p.turnCosts).map(TravelProfile::id)
                        .collect(Collectors.joining(", "))));
    }
}
