/**
 * Printed documents: A4 PDFs with Chinese and Latin text in an embedded font, laid out by {@link
 * org.schoolshuttle.document.PrintedDocument} (headings, wrapped paragraphs, tables whose headers repeat on each page,
 * tick boxes, bar charts, page numbers). Features ask {@link org.schoolshuttle.document.Printer} for a document; only
 * this package touches PDFBox, and it finds the CJK font ({@link org.schoolshuttle.document.DocumentFont}) once.
 */
package org.schoolshuttle.document;
