package org.schoolshuttle.volunteer;

import org.schoolshuttle.common.NotFoundException;

/** Volunteers are volunteer drivers (who may have a login) and escorts without an employer (who have none). */
public enum VolunteerKind {
    DRIVER("drivers"), ESCORT("escorts");

    private final String path;

    VolunteerKind(String path) {
        this.path = path;
    }

    /** The plural in addresses: {@code /volunteers/drivers/12}. */
    public String path() {
        return path;
    }

    /** @throws NotFoundException for any other path segment: there is nothing at that address */
    public static VolunteerKind ofPath(String segment) {
        for (VolunteerKind k : values()) {
            if (k.path.equals(segment)) {
                return k;
            }
        }
        throw new NotFoundException("Volunteers", segment);
    }
}
