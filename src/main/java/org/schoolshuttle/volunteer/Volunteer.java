package org.schoolshuttle.volunteer;

import java.util.Collection;
import java.util.List;

/**
 * A volunteer as recognition knows them. Their hours, points, board choice and rewards all live in their own
 * village, whichever village's run they drove.
 *
 * @param name as shown to people (王小明, Anna Müller)
 */
public record Volunteer(VolunteerKind kind, long id, long villageId, String name) {

    public Long driverId() {
        return kind == VolunteerKind.DRIVER ? id : null;
    }

    public Long escortId() {
        return kind == VolunteerKind.ESCORT ? id : null;
    }

    /** The HQL condition that picks this volunteer's rows, with positional parameter {@code ?position} bound to the id. */
    String owner(int position) {
        return (kind == VolunteerKind.DRIVER ? "driverId" : "escortId") + " = ?" + position;
    }

    boolean owns(Long driverId, Long escortId) {
        return kind == VolunteerKind.DRIVER ? Long.valueOf(id).equals(driverId) : Long.valueOf(id).equals(escortId);
    }

    /** The ids of the volunteers of a kind, for an HQL {@code in}: never empty, since {@code in ()} is not valid SQL everywhere. */
    static List<Long> ids(Collection<Volunteer> volunteers, VolunteerKind kind) {
        List<Long> ids = volunteers.stream().filter(v -> v.kind() == kind).map(Volunteer::id).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
