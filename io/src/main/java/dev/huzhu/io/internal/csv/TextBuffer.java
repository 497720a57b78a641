package dev.huzhu.io.internal.csv;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Decoding;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * The characters of a text in a buffer, refilled from its reader, for the two line-oriented
 * readers ({@link CsvReader}, {@link Lines}), which scan {@link #chars} between
 * {@link #position} and {@link #end} themselves: that loop is the hot one of a long log. A
 * leading byte-order mark is skipped; text that is not UTF-8 ends the input with a problem.
 */
final class TextBuffer {
  final char[] chars = new char[1 << 16];
  int position;
  int end;
  private final Reader in;
  private final Decoding problems;
  private boolean eof;
  private boolean started;

  TextBuffer(Reader in, Decoding problems) {
    this.in = in;
    this.problems = problems;
  }

  /**
   * Refills the buffer once it is used up; false at the end of the text. {@code line} and
   * {@code column} say where a decoding problem would be.
   */
  boolean fill(int line, int column) {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(chars, 0, chars.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      position = 0;
      end = n;
      if (!started) {
        started = true;
        // a byte-order mark, as Excel writes, when the text was not opened by Texts
        if (chars[0] == '\uFEFF') {
          position = 1;
          return position < end || fill(line, column);
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      problems.add(IoProblemCode.MALFORMED, "", line, column, "the file is not UTF-8 text from here on");
      eof = true;
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
