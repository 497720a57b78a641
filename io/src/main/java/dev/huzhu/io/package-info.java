/**
 * Files (docs/files.md): datasets as JSON, activity logs and score records as CSV or JSON Lines,
 * policies as YAML or JSON, reports as JSON, CSV and text — read strictly, with file, line, column
 * and path in every error. Jackson lives here and only here, so the core stays free of it.
 *
 * <p>The entry points: {@link dev.huzhu.io.DatasetFiles}, {@link dev.huzhu.io.ActivityLogs} (and
 * {@link dev.huzhu.io.LogStream} for logs of any length), {@link dev.huzhu.io.ScoreFiles},
 * {@link dev.huzhu.io.PolicyFiles} and {@link dev.huzhu.io.ReportFiles}. Every reading problem
 * is an {@link dev.huzhu.io.InvalidFileException} carrying all of them; the limits of reading are
 * {@link dev.huzhu.io.ReadLimits}. {@code dev.huzhu.io.document} reads a document of one's own
 * with the same strictness. The codecs live in {@code dev.huzhu.io.internal}, which the module
 * does not export; docs/DESIGN.md says why huzhu decodes Jackson's token streams itself rather
 * than binding data.
 */
package dev.huzhu.io;
