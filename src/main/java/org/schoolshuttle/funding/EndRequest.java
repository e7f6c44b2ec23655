package org.schoolshuttle.funding;

import java.time.LocalDate;

/** @param lastDay the last day the sponsorship covers; today in the village when not given */
public record EndRequest(LocalDate lastDay) {
}
