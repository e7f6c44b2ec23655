/**
 * Sponsorships: a sponsor's support for a vehicle or a route over a period, with seats or money committed.
 * Coordinators assign and end them; a route sponsorship follows its route when the school's plan is published
 * again. Reports and the dashboard read which runs a sponsorship covered.
 */
package org.schoolshuttle.funding;
