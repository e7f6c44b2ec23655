package org.schoolshuttle.roster;

/** @param driverId the volunteer the coordinator gives the duty to; {@code null} leaves it open */
public record DutyRequest(Long driverId) {
}
