package org.schoolshuttle.demomap;

import java.util.List;

/**
 * One village or hamlet: its centre, its lanes, and the lane vertex where its county road arrives.
 *
 * @param place OSM {@code place} value, {@code village} or {@code hamlet}
 */
record VillagePlan(String chinese, String english, String place, Xy centre, Xy entry, List<Lane> lanes) {

    Lane lane(int index) {
        return lanes.get(index);
    }
}
