package org.schoolshuttle.sponsor;

import java.util.List;

/**
 * Something outside this package that refers to sponsors (drivers' employers, vehicle owners) and so keeps
 * a sponsor from being deleted. Features that hold sponsor ids provide a bean implementing it, so this
 * package needs to know nothing about them.
 */
public interface SponsorReferences {

    /** @return what still refers to the sponsor, e.g. {@code "2 drivers"}; empty when nothing does */
    List<String> describe(long sponsorId);
}
