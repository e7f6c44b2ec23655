package org.schoolshuttle.route;

/**
 * A school's published plan changed in a way its daily runs must follow: a new plan, a seat given or taken,
 * a new driver or escort on a route. Fired inside the change's transaction; observers act after it commits.
 */
public record PublishedPlanChanged(long schoolId) {
}
