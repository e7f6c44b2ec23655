package org.schoolshuttle.run;

import java.time.Instant;

/** @param at the phone's clock when the driver pressed start (now when not given) */
public record StartRequest(Instant at) {
}
