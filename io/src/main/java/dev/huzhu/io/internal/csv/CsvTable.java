package dev.huzhu.io.internal.csv;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.internal.tree.TreeReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file with a header row: the header names its columns (any order; each known column at
 * most once; the required ones present), and every row has as many cells as the header. Rows of
 * the wrong length and blank lines are reported and skipped, so one pass reports them all.
 */
public final class CsvTable {
  private final CsvReader reader;
  private final Decoding problems;
  private final Map<String, Integer> index;
  private final int width;
  private long rowsRead;

  private CsvTable(CsvReader reader, Decoding problems, Map<String, Integer> index, int width) {
    this.reader = reader;
    this.problems = problems;
    this.index = index;
    this.width = width;
  }

  /**
   * Reads the header. Empty (with problems) when it is missing or names an unknown column, a
   * column twice, or lacks a required column: the rows cannot be read without it.
   */
  public static Optional<CsvTable> open(CsvReader reader, Decoding problems, List<String> known,
      Set<String> required, String what) {
    Optional<CsvRecord> header = reader.next();
    if (header.isEmpty()) {
      if (!problems.hasProblems()) {
        problems.add(IoProblemCode.BAD_HEADER, "", 1, 1, what + " starts with a header row of"
            + " column names; the file is empty");
      }
      return Optional.empty();
    }
    CsvRecord h = header.get();
    int mark = problems.count();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < h.size(); i++) {
      String name = h.cell(i);
      if (!known.contains(name)) {
        problems.add(IoProblemCode.BAD_HEADER, "", h.lineOf(i), h.columnOf(i), "unknown column "
            + TreeReader.quote(name) + "; " + what + " has the columns " + String.join(", ", known));
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add(IoProblemCode.BAD_HEADER, "", h.lineOf(i), h.columnOf(i), "the column "
            + TreeReader.quote(name) + " is named twice");
      }
    }
    for (String column : known) {
      if (required.contains(column) && !index.containsKey(column)) {
        problems.add(IoProblemCode.BAD_HEADER, "", h.line(), 1, "the header lacks the required "
            + "column \"" + column + "\"");
      }
    }
    return problems.count() == mark ? Optional.of(new CsvTable(reader, problems, index, h.size()))
        : Optional.empty();
  }

  /** The next row with the right number of cells, or empty at the end of the file. */
  public Optional<Row> next() {
    while (true) {
      Optional<CsvRecord> record = reader.next();
      if (record.isEmpty()) {
        return Optional.empty();
      }
      CsvRecord r = record.get();
      rowsRead++;
      if (r.size() == width) {
        return Optional.of(new Row(r));
      }
      if (r.size() == 1 && r.cell(0).isEmpty()) {
        problems.add(IoProblemCode.WRONG_CELL_COUNT, "", r.line(), 1, "a blank line; every line"
            + " after the header is a row of " + width + " cells");
      } else {
        problems.add(IoProblemCode.WRONG_CELL_COUNT, "", r.line(), 1, "a row of " + r.size()
            + (r.size() == 1 ? " cell" : " cells") + "; the header has " + width);
      }
    }
  }

  /** How many records after the header have been read, good or bad. */
  public long rowsRead() {
    return rowsRead;
  }

  /** The column's position in each row, or -1 when the header does not have it. */
  public int position(String column) {
    Integer i = index.get(column);
    return i == null ? -1 : i;
  }

  /** Whether the header has the column. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** One row: its cells by column name. */
  public final class Row {
    private final CsvRecord record;

    private Row(CsvRecord record) {
      this.record = record;
    }

    public int line() {
      return record.line();
    }

    /**
     * The cell of a column, with a formula guard written by huzhu taken off; empty text when the
     * header has no such column.
     */
    public String cell(String column) {
      Integer i = index.get(column);
      return i == null ? "" : CsvWriter.unguard(record.cell(i));
    }

    /**
     * The cell at a position ({@link CsvTable#position}), with a formula guard taken off; empty
     * text for position -1. Faster than by name, for the columns of every row of a long log.
     */
    public String cell(int position) {
      return position < 0 ? "" : CsvWriter.unguard(record.cell(position));
    }

    /** The line the column's cell starts on (the row's line when the column is absent). */
    public int lineOf(String column) {
      Integer i = index.get(column);
      return i == null ? record.line() : record.lineOf(i);
    }

    /** The column the cell starts at (1 when the column is absent). */
    public int columnOf(String column) {
      Integer i = index.get(column);
      return i == null ? 1 : record.columnOf(i);
    }

    /** The table the row belongs to. */
    public CsvTable table() {
      return CsvTable.this;
    }

    /** Where this row's problems go. */
    public Decoding problems() {
      return problems;
    }

    /** Reports a problem at the column's cell of this row; the path is the column's name. */
    public void problem(IoProblemCode code, String column, String message) {
      problems.add(code, column, lineOf(column), columnOf(column), message);
    }
  }
}
