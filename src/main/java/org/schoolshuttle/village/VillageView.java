package org.schoolshuttle.village;

import org.schoolshuttle.common.Coordinates;

public record VillageView(long id, String nameZh, String nameEn, Coordinates centre, String timeZone) {

    /** For a query that reads the columns, not the entity. */
    public VillageView(long id, String nameZh, String nameEn, double centreLat, double centreLon, String timeZone) {
        this(id, nameZh, nameEn, Coordinates.of(centreLat, centreLon), timeZone);
    }

    static VillageView from(Village v) {
        return new VillageView(v.id, v.nameZh, v.nameEn, Coordinates.of(v.centreLat, v.centreLon), v.timeZone);
    }
}
