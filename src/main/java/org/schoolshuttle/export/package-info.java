/**
 * The paper trail and files for other tools: a route as GPX (for a driver's navigation app) and GeoJSON (for any
 * GIS), and a run's manifest as CSV (for a printed sheet or a spreadsheet).
 */
package org.schoolshuttle.export;
