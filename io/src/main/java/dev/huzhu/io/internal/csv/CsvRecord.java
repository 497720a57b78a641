package dev.huzhu.io.internal.csv;

import java.util.List;

/**
 * One record of a CSV file: its cells and where each began (a quoted cell may span lines).
 * Lines and columns count from 1; the first record is the header.
 */
public final class CsvRecord {
  private final int line;
  private final List<String> cells;
  private final int[] lines;
  private final int[] columns;

  CsvRecord(int line, List<String> cells, int[] lines, int[] columns) {
    this.line = line;
    this.cells = cells;
    this.lines = lines;
    this.columns = columns;
  }

  /** The line the record starts on. */
  public int line() {
    return line;
  }

  public int size() {
    return cells.size();
  }

  public String cell(int i) {
    return cells.get(i);
  }

  public List<String> cells() {
    return cells;
  }

  /** The line cell {@code i} starts on. */
  public int lineOf(int i) {
    return lines[i];
  }

  /** The column cell {@code i} starts at. */
  public int columnOf(int i) {
    return columns[i];
  }
}
