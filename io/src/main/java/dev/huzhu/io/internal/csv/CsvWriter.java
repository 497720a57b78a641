package dev.huzhu.io.internal.csv;

import dev.huzhu.io.internal.tree.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes CSV as spreadsheets read it (RFC 4180): UTF-8 text that starts with a byte-order mark so
 * that Excel shows Chinese names, a cell quoted when it holds a comma, a quote or a line end,
 * {@code \n} between rows. A text cell that a spreadsheet would take for a formula — one that
 * starts with {@code = + - @}, a tab or a carriage return — gets a leading {@code '} (OWASP's
 * advice against CSV injection); the readers of huzhu's own CSV files take it off again.
 * Numbers are written as they are, a negative one included.
 */
public final class CsvWriter {
  private final Writer out;
  // a row is built here and written at its end: one call to the writer a row, not one a cell
  private final StringBuilder row = new StringBuilder(256);
  private boolean rowStarted;

  private CsvWriter(Writer out) {
    this.out = out;
  }

  /** A writer that starts the file with a byte-order mark. */
  public static CsvWriter of(Writer out) {
    CsvWriter w = new CsvWriter(out);
    w.raw("\uFEFF");
    return w;
  }

  /** Writes a header row of column names. */
  public CsvWriter header(List<String> columns) {
    columns.forEach(this::text);
    return endRow();
  }

  /** A text cell, guarded against formulas and quoted when needed. */
  public CsvWriter text(String cell) {
    return cell(quote(guard(cell)));
  }

  /** A number cell, exactly as held ({@code 87.50}). */
  public CsvWriter number(BigDecimal value) {
    return cell(TreeWriter.decimal(value));
  }

  public CsvWriter number(long value) {
    return cell(Long.toString(value));
  }

  /** An empty cell: an absent optional value. */
  public CsvWriter empty() {
    return cell("");
  }

  /** Ends the row. */
  public CsvWriter endRow() {
    row.append('\n');
    raw(row.toString());
    row.setLength(0);
    rowStarted = false;
    return this;
  }

  public void flush() {
    if (row.length() > 0) {
      raw(row.toString());
      row.setLength(0);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CsvWriter cell(String text) {
    if (rowStarted) {
      row.append(',');
    }
    rowStarted = true;
    row.append(text);
    return this;
  }

  private CsvWriter raw(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * The cell with a leading {@code '} if a spreadsheet would read it as a formula — or if it
   * starts with {@code '} itself, so that {@link #unguard} gives back exactly what was written.
   */
  public static String guard(String cell) {
    if (!cell.isEmpty() && (isFormulaStart(cell.charAt(0)) || cell.charAt(0) == '\'')) {
      return "'" + cell;
    }
    return cell;
  }

  /**
   * Undoes {@link #guard}: takes off a leading {@code '} before a formula character or another
   * {@code '}. That is also what a spreadsheet does with the {@code '} a user types to keep a
   * cell as text ({@code '+86 …}): the mark is not part of the value.
   */
  public static String unguard(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\''
        && (isFormulaStart(cell.charAt(1)) || cell.charAt(1) == '\'')) {
      return cell.substring(1);
    }
    return cell;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The cell quoted when it holds a comma, a quote or a line end (or starts or ends with space). */
  static String quote(String cell) {
    boolean needs = false;
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!needs && !cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' ')) {
      needs = true;
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
