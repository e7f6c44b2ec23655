/**
 * The paper trail and files for other tools: a route as GPX (for a driver's navigation app) and GeoJSON (for any
 * GIS), a run's manifest as CSV (for a spreadsheet) and as a printable PDF (for a driver without a smartphone), and
 * drivers' and escorts' calendar feeds.
 */
package org.schoolshuttle.export;
