package dev.huzhu.io.internal.csv;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import java.io.Closeable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV (RFC 4180) one record at a time, in bounded memory, knowing the line and column of
 * every cell: quoted cells may hold commas, quotes ({@code ""}) and line ends; lines end with
 * {@code \n} or {@code \r\n}. A record that is not well-formed (text after a closing quote, a
 * quote that never closes, a cell or record over the limits) is reported and skipped, and reading
 * goes on with the next line, so that one pass reports every bad row. Cells are never trimmed.
 *
 * <p>Our own reader rather than Jackson's CSV module: reports need the exact line and column of
 * each cell and must go on past a bad row; both are simpler to guarantee in a hundred lines than
 * through a data-binding parser, and this reader is the hot loop of a ten-million-row log.
 */
public final class CsvReader implements Closeable {
  private final TextBuffer text;
  private final Decoding problems;
  private final ReadLimits limits;
  private int line = 1;
  private int column = 1;
  private final StringBuilder cell = new StringBuilder();
  /** The cells of the record before: a log's rows are all as wide, so lists start that size. */
  private int width = 8;

  public CsvReader(Reader in, Decoding problems, ReadLimits limits) {
    this.text = new TextBuffer(in, problems);
    this.problems = problems;
    this.limits = limits;
  }

  /** The line the next record starts on. */
  public int line() {
    return line;
  }

  /**
   * The next well-formed record, or empty at the end of the file. Records that are not
   * well-formed are reported to the problems and skipped.
   */
  public Optional<CsvRecord> next() {
    while (true) {
      if (peek() < 0) {
        return Optional.empty();
      }
      Optional<CsvRecord> record = record();
      if (record.isPresent()) {
        return record;
      }
    }
  }

  private Optional<CsvRecord> record() {
    int startLine = line;
    List<String> cells = new ArrayList<>(width);
    int[] lines = new int[width];
    int[] columns = new int[width];
    long chars = 0;
    while (true) {
      int cellLine = line;
      int cellColumn = column;
      cell.setLength(0);
      int c = peek();
      boolean broken = false;
      String fast = null;
      if (c == '"') {
        take();
        while (true) {
          c = take();
          if (c < 0) {
            problems.add(IoProblemCode.MALFORMED, "", cellLine, cellColumn,
                "a quoted cell that never closes: a quote is missing");
            return Optional.empty();
          }
          if (c == '"') {
            if (peek() == '"') {
              take();
              cell.append('"');
            } else {
              break;
            }
          } else {
            cell.append((char) c);
          }
          if (cell.length() > limits.maxStringChars()) {
            broken = limit(cellLine, cellColumn, "a cell is longer than " + limits.maxStringChars()
                + " characters");
            skipQuoted();
            break;
          }
        }
        c = peek();
        if (!broken && c != ',' && c != '\n' && c != '\r' && c >= 0) {
          problems.add(IoProblemCode.MALFORMED, "", line, column, "text after the closing quote of"
              + " a cell; a quote inside a quoted cell is written twice (\"\")");
          broken = true;
        }
      } else if ((fast = unquotedInBuffer()) != null) {
        // the common case, a plain cell that ends within the buffer: no copying char by char
        c = peek();
      } else {
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          if (c == '"') {
            problems.add(IoProblemCode.MALFORMED, "", line, column, "a quote inside an unquoted "
                + "cell; quote the whole cell and write the quote twice (\"\")");
            broken = true;
            break;
          }
          cell.append((char) take());
          if (cell.length() > limits.maxStringChars()) {
            broken = limit(cellLine, cellColumn, "a cell is longer than " + limits.maxStringChars()
                + " characters");
            break;
          }
          c = peek();
        }
      }
      int length = fast != null ? fast.length() : cell.length();
      chars += length + 1;
      if (!broken && chars > limits.maxRecordChars()) {
        broken = limit(startLine, 1, "a record is longer than " + limits.maxRecordChars()
            + " characters");
      }
      if (broken) {
        skipLine();
        return Optional.empty();
      }
      if (cells.size() == lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
        columns = Arrays.copyOf(columns, columns.length * 2);
      }
      lines[cells.size()] = cellLine;
      columns[cells.size()] = cellColumn;
      cells.add(fast != null ? fast : cell.toString());
      c = take();
      if (c == ',') {
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        take();
      }
      width = Math.max(1, cells.size());
      return Optional.of(new CsvRecord(startLine, cells, lines, columns));
    }
  }

  /**
   * An unquoted cell read straight from the buffer when it ends there (at a comma or a line end)
   * and holds no quote; else null, and nothing is consumed.
   */
  private String unquotedInBuffer() {
    int i = text.position;
    while (i < text.end) {
      char ch = text.chars[i];
      if (ch == ',' || ch == '\n' || ch == '\r') {
        break;
      }
      if (ch == '"') {
        return null;
      }
      i++;
    }
    if (i == text.end || i - text.position > limits.maxStringChars()) {
      return null;
    }
    String value = new String(text.chars, text.position, i - text.position);
    column += i - text.position;
    text.position = i;
    return value;
  }

  private boolean limit(int atLine, int atColumn, String message) {
    problems.add(IoProblemCode.LIMIT_EXCEEDED, "", atLine, atColumn, message);
    return true;
  }

  /**
   * Skips the rest of a quoted cell, to its closing quote: what follows a cell too long to keep
   * is read as the rest of its record, not as new rows (a quoted cell may hold line ends).
   */
  private void skipQuoted() {
    for (int c = take(); c >= 0; c = take()) {
      if (c == '"') {
        if (peek() != '"') {
          return;
        }
        take();
      }
    }
  }

  /** Skips to the start of the next line, after a record that could not be read. */
  private void skipLine() {
    int c;
    do {
      c = take();
    } while (c >= 0 && c != '\n' && c != '\r');
    if (c == '\r' && peek() == '\n') {
      take();
    }
  }

  private int peek() {
    if (text.position == text.end && !text.fill(line, column)) {
      return -1;
    }
    return text.chars[text.position];
  }

  private int take() {
    if (text.position == text.end && !text.fill(line, column)) {
      return -1;
    }
    char c = text.chars[text.position++];
    if (c == '\n' || (c == '\r' && (text.position < text.end || text.fill(line, column))
        && text.chars[text.position] != '\n')) {
      line++;
      column = 1;
    } else if (c != '\r') {
      column++;
    }
    return c;
  }

  @Override
  public void close() {
    text.close();
  }
}
