package org.schoolshuttle.village;

/** A village was created or changed (its time zone, say): observers that schedule per village re-read it. */
public record VillageSaved(long villageId) {
}
