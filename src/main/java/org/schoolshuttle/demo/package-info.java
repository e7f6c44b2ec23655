/**
 * Demo data for the embedded default: a township with schools, villages, families, drivers, vehicles
 * and sponsors on the loaded map, and one account per role. Never seeded into a production database.
 */
package org.schoolshuttle.demo;
