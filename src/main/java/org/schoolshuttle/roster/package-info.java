/**
 * The volunteer roster: routes funded as COMMUNITY_VOLUNTEER are driven by the village's volunteer drivers in
 * turn. Volunteers say when they can drive (weekly, and days away); the roster is filled fairly (fewest drives
 * that month first); a volunteer may ask to swap a duty and another take it; a day nobody fit can drive is
 * flagged to the coordinator a week ahead.
 */
package org.schoolshuttle.roster;
