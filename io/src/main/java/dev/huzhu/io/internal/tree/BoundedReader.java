package dev.huzhu.io.internal.tree;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that stops a document at a number of characters, knowing the line and column where it
 * stopped. SnakeYAML, under Jackson's YAML parser, keeps reading a long scalar well past Jackson's
 * own document limit before it reports it, and its scanner slows down on a long scalar; cutting
 * the input off here — at the document's limit, or at a line longer than the longest string
 * allowed — refuses a 100 MB YAML string in milliseconds.
 */
final class BoundedReader extends FilterReader {
  private final long max;
  private final int maxLine;
  private long read;
  private int line = 1;
  private int column = 1;

  BoundedReader(Reader in, long max, int maxLine) {
    super(in);
    this.max = max;
    this.maxLine = maxLine;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      if (++read > max) {
        throw new TooLong(line, column, "the document is longer than " + max + " characters");
      }
      if (column > maxLine) {
        throw new TooLong(line, column, "a line is longer than " + maxLine + " characters");
      }
      if (buffer[offset + i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return n;
  }

  /** Thrown when the document passes its limit, with where. */
  static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TooLong(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }
}
