package org.schoolshuttle.childimport;

import org.schoolshuttle.planning.WaitReason;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many children, how many families it opened and joined, and where each child stands on the
 * school's published plan now that they have been matched.
 *
 * @param waitlistedByReason how many children wait, per reason (NO_ROUTE_FOR_SCHOOL when the school has no published plan)
 * @param pending            children whose matching did not finish; the coordinator's next plan seats them
 */
public record ChildImportView(long importId, long schoolId, int rowsImported, int familiesCreated, int familiesJoined,
                              int seated, int waitlisted, int pending, Map<WaitReason, Integer> waitlistedByReason,
                              List<ImportedChild> children) {

    /**
     * One imported child and their outcome.
     *
     * @param row          the file's row
     * @param familyJoined whether the family was already known to the village
     * @param status       SEATED, WAITLISTED or PENDING
     * @param stopName     the stop of a seated child
     */
    public record ImportedChild(int row, long childId, String givenName, String familyName, long guardianId,
                                boolean familyJoined, String status, WaitReason waitlistReason, String stopName) {
    }
}
