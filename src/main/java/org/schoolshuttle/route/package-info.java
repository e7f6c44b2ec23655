/**
 * The plans of each school: drafts computed by the planner, the published plan with its routes, stops and
 * timetables, who boards where (assignments) and the waitlist, instant matching of a newly registered or moved
 * child, the comparison of a draft with the published plan, and publishing.
 */
package org.schoolshuttle.route;
