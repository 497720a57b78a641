package dev.huzhu.io;

import dev.huzhu.evaluation.report.Report;
import dev.huzhu.io.internal.report.Redaction;
import dev.huzhu.io.internal.report.ReportCsv;
import dev.huzhu.io.internal.report.ReportJsonReader;
import dev.huzhu.io.internal.report.ReportJsonWriter;
import dev.huzhu.io.internal.tree.Formats;
import dev.huzhu.io.internal.tree.Texts;
import dev.huzhu.io.internal.tree.TreeWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an assessment's {@link Report} as files and reads it back (docs/files.md#reports).
 *
 * <p><b>JSON</b> — the whole report, every figure and the records behind it, as UTF-8 text
 * without a byte-order mark:
 * <pre>{@code
 * {"format": "huzhu-report", "version": 1, "policy": "zhucheng-bundled-2012", "title": "…",
 *  "period": {"from": "2012-09-01", "to": "2013-01-31"},
 *  "subjects": [{"id", "kind", "label", "order", "rank", "total", "grade", "gradeLabel", "vetoed",
 *    "sections": [{"id", "label", "maxPoints", "points",
 *      "metrics": [{"id", "label", "maxPoints", "value", "points", "missing",
 *                   "records": {"ids": […], "count": n}}]}],
 *    "adjustments": [{"id", "label", "type", "value", "points", "missing", "records"}],
 *    "vetoes": [{"id", "label", "value", "triggered", "missing", "records"}],
 *    "members": [{"person", "role"}]}],
 *  "awards": [{"id", "label", "forPeople", "subjects": […],
 *              "people": [{"person", "subject", "role", "value"}]}],
 *  "personal": [{"person", "name", "points",
 *                "sources": [{"subject", "role", "total", "coefficient", "points"}]}]}
 * }</pre>
 * Fields are written in this order, subjects and lists in the report's order, two-space
 * indentation and {@code \n} line ends, so one report always gives the same bytes. Decimals keep
 * their scale ({@code 87.50}). An absent optional value ({@code grade}, {@code value},
 * {@code name}) is left out; {@code missing} says whether a raw value is absent, and a reader
 * refuses a file where the two disagree. {@code records.ids} are the first ids of the records
 * behind a value and {@code records.count} how many there are in all. Reading is as strict as for
 * every file (unknown and missing fields, wrong types, unknown identifiers, duplicate keys,
 * trailing text, a newer version) and reports every problem with file, line, column and path in
 * one {@link InvalidFileException}. Writing and reading back gives an equal report.
 *
 * <p><b>CSV</b> — a table of subjects and a table of people, described in {@link ReportCsv}:
 * UTF-8 with a byte-order mark so that spreadsheets show Chinese text, and no text cell that a
 * spreadsheet would run as a formula.
 *
 * <p><b>Text</b> — the ranked table, every subject's explanation and the awards and personal list,
 * as {@link Report#table()}, {@link Report#explain(String)} and {@link Report#awardsAndPeople()}
 * render them.
 *
 * <p><b>Redaction</b> — {@link #redact(Report)} gives the report with every person's name replaced
 * by their id, for files that leave the bureau; write the redacted report in any form. What it
 * covers is described in {@link Redaction}. Students and parents are never named in any report,
 * redacted or not.
 */
public final class ReportFiles {
  private static final String TEXT = "(text)";

  private ReportFiles() {}

  /** The report as JSON text. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter();
    writeJson(report, out);
    return out.toString();
  }

  /** Writes the report as JSON; the writer is flushed, not closed. */
  public static void writeJson(Report report, Writer out) {
    TreeWriter.writeDocument(Formats.json(), ReportJsonWriter.document(report), out, true);
  }

  /** Writes the report as JSON in UTF-8 to a stream; the stream is flushed, not closed. */
  public static void writeJson(Report report, java.io.OutputStream out) {
    Texts.toStream(out, w -> writeJson(report, w));
  }

  /** Writes the report as a JSON file, replacing the file if it exists. */
  public static void writeJson(Report report, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJson(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Reads a report from a JSON file (UTF-8, with or without a byte-order mark).
   *
   * @throws InvalidFileException with every problem of the file
   * @throws FileException when the file cannot be read at all
   */
  public static Report readJson(Path file) {
    try (java.io.Reader in = Texts.open(file)) {
      return readJson(in, file.toString());
    } catch (IOException e) {
      throw Texts.unreadable(file.toString(), e);
    }
  }

  /**
   * Reads a report from JSON text; {@code fileName} names the input in problems.
   *
   * @throws InvalidFileException with every problem of the input
   */
  public static Report readJson(java.io.Reader in, String fileName) {
    return ReportJsonReader.read(in, fileName, ReadLimits.defaults());
  }

  /**
   * Reads a report from a stream of UTF-8 bytes; {@code fileName} names the input in problems.
   *
   * @throws InvalidFileException with every problem of the input
   */
  public static Report readJson(java.io.InputStream in, String fileName) {
    return readJson(Texts.open(in), fileName);
  }

  /**
   * Reads a report from JSON text, named {@code (text)} in problems.
   *
   * @throws InvalidFileException with every problem of the text
   */
  public static Report parseJson(String json) {
    return readJson(new StringReader(Texts.withoutBom(json)), TEXT);
  }

  /** Writes the CSV table of subjects, one row per subject; the writer is flushed, not closed. */
  public static void writeSubjectsCsv(Report report, Writer out) {
    ReportCsv.writeSubjects(report, out);
  }

  /**
   * Writes the CSV table of subjects to a file, starting with the byte-order mark Excel needs,
   * replacing the file if it exists.
   */
  public static void writeSubjectsCsv(Report report, Path file) {
    Texts.toFile(file, w -> writeSubjectsCsv(report, w));
  }

  /** Writes the CSV table of subjects in UTF-8 to a stream; the stream is flushed, not closed. */
  public static void writeSubjectsCsv(Report report, java.io.OutputStream out) {
    Texts.toStream(out, w -> writeSubjectsCsv(report, w));
  }

  /** Writes the CSV table of people, one row per person; the writer is flushed, not closed. */
  public static void writePeopleCsv(Report report, Writer out) {
    ReportCsv.writePeople(report, out);
  }

  /** Writes the CSV table of people to a file, as {@link #writeSubjectsCsv(Report, Path)}. */
  public static void writePeopleCsv(Report report, Path file) {
    Texts.toFile(file, w -> writePeopleCsv(report, w));
  }

  /** Writes the CSV table of people in UTF-8 to a stream; the stream is flushed, not closed. */
  public static void writePeopleCsv(Report report, java.io.OutputStream out) {
    Texts.toStream(out, w -> writePeopleCsv(report, w));
  }

  /**
   * The report as plain text: the ranked table, then each subject's explanation in report order,
   * then the awards and the personal list, separated by blank lines.
   */
  public static String toText(Report report) {
    StringBuilder s = new StringBuilder(report.table());
    for (var subject : report.subjects()) {
      s.append('\n').append(report.explain(subject.id()));
    }
    return s.append('\n').append(report.awardsAndPeople()).toString();
  }

  /** The report with every person's name replaced by their id (see {@link Redaction}). */
  public static Report redact(Report report) {
    return Redaction.redact(report);
  }
}
