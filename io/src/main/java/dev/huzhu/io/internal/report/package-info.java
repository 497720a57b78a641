/**
 * The files of a report (docs/files.md#reports): its JSON codec, its two CSV tables (subjects and people)
 * and its redaction; not API and not exported. The public entry point is
 * {@link dev.huzhu.io.ReportFiles}; the text rendering is the evaluation module's own.
 */
package dev.huzhu.io.internal.report;
