/**
 * Daily operations: each school day's runs generated from the published plans (by a clustered Quartz job per
 * village), the driver's run from start to complete with every child checked on and off, families' absences and
 * today's status, and alerts to coordinators when a run cannot go ahead.
 */
package org.schoolshuttle.run;
