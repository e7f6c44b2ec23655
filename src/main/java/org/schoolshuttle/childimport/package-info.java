/**
 * Bulk import of a school's children from a CSV file or an Excel workbook: the template to fill in, every row checked
 * as a family's own registration would be, all rows saved in one transaction or none, families joined by their phone
 * number, then every child matched on the school's published plan, with a summary of who got a seat and who waits.
 */
package org.schoolshuttle.childimport;
