package org.schoolshuttle.school;

import org.schoolshuttle.common.Coordinates;

import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;

public record SchoolView(long id, long villageId, String nameZh, String nameEn, Coordinates location,
                         LocalTime morningBell, LocalTime afternoonDismissal, int lowestGrade, int highestGrade,
                         int walkLimitMeters, Map<Integer, Integer> gradeWalkLimits) {

    static SchoolView from(School s) {
        return new SchoolView(s.id, s.villageId, s.nameZh, s.nameEn, Coordinates.of(s.lat, s.lon), s.morningBell,
                s.afternoonDismissal, s.lowestGrade, s.highestGrade, s.walkLimitMeters, new TreeMap<>(s.gradeWalkLimits));
    }
}
