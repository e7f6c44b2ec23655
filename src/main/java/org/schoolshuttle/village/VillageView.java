package org.schoolshuttle.village;

import org.schoolshuttle.common.Coordinates;

public record VillageView(long id, String nameZh, String nameEn, Coordinates centre, String timeZone) {

    static VillageView from(Village v) {
        return new VillageView(v.id, v.nameZh, v.nameEn, Coordinates.of(v.centreLat, v.centreLon), v.timeZone);
    }
}
