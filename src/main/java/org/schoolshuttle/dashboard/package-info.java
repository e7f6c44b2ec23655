/**
 * The coordinator's view of a village at a glance: who is served and who waits (and why), the published
 * routes and their seats, today's runs, open alerts and routes nobody sponsors yet.
 */
package org.schoolshuttle.dashboard;
