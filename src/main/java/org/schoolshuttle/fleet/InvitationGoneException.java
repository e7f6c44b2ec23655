package org.schoolshuttle.fleet;

import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.ProblemException;

import java.util.List;

/**
 * 410 Gone: the invitation code is unknown, expired, withdrawn or already used. All four answer the same,
 * so that trying codes tells nobody which ones once existed.
 */
class InvitationGoneException extends ProblemException {

    InvitationGoneException() {
        super(410, "invitation-gone", "Invitation not usable",
                "This invitation code is unknown, expired or already used. Ask your coordinator for a new one.",
                List.of(new FieldError("code", "is unknown, expired or already used")));
    }
}
