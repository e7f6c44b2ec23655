/**
 * Volunteer recognition: the service hours of volunteer drivers and escorts (credited from each completed run,
 * recorded by hand by coordinators, corrected without losing history), each village's points scheme and the
 * points it gives per month, the monthly thank-you board, and the village's reward pool with its ledger of
 * contributions (from sponsors or the village) and rewards redeemed against points.
 */
package org.schoolshuttle.volunteer;
