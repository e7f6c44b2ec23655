/**
 * Transparency reports: for a sponsor (what its support delivered, counts only, never a child's identity) and
 * for a village's coordinators (coverage, waitlist, ride and walk distributions, runs, punctuality, costs),
 * as JSON, pages with charts, CSV and PDF.
 */
package org.schoolshuttle.report;
