package org.schoolshuttle.childimport;

import org.schoolshuttle.family.ChildRequest;
import org.schoolshuttle.family.HomeLocator;

/**
 * A row that passed every check: the guardian as the row gives them (phone in E.164, language {@code zh}, {@code en} or
 * null), the child as a registration would send them, and the home already found on the walking network.
 */
record ChildRow(int row, String guardianGivenName, String guardianFamilyName, String guardianPhone, String guardianEmail,
                String language, ChildRequest child, HomeLocator.Home home) {

    /** Within one file, the same child of the same family twice. */
    String key() {
        return guardianPhone + "\n" + child.givenName().strip() + "\n" + child.familyName().strip();
    }
}
