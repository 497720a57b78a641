package dev.huzhu.io.csv;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.tree.Decoding;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads text one line at a time in bounded memory, for JSON Lines: a line longer than the limit is
 * reported and skipped rather than read whole. Lines end with {@code \n} or {@code \r\n}.
 */
public final class Lines implements Closeable {
  private final Reader in;
  private final Decoding problems;
  private final int maxChars;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int end;
  private boolean eof;
  private boolean started;
  private int number;
  private final StringBuilder line = new StringBuilder();

  public Lines(Reader in, Decoding problems, int maxChars) {
    this.in = in;
    this.problems = problems;
    this.maxChars = maxChars;
  }

  /** The number of the line last returned, from 1. */
  public int number() {
    return number;
  }

  /** The next line without its line end, or empty at the end of the text. */
  public Optional<String> next() {
    while (true) {
      if (position == end && !fill()) {
        return Optional.empty();
      }
      number++;
      line.setLength(0);
      boolean tooLong = false;
      while (true) {
        if (position == end && !fill()) {
          break;
        }
        char c = buffer[position++];
        if (c == '\n') {
          break;
        }
        if (!tooLong) {
          line.append(c);
          if (line.length() > maxChars + 1) {
            tooLong = true;
            line.setLength(0);
          }
        }
      }
      if (tooLong) {
        problems.add(IoProblemCode.LIMIT_EXCEEDED, "", number, 1, "a line is longer than "
            + maxChars + " characters");
        continue;
      }
      int length = line.length();
      if (length > 0 && line.charAt(length - 1) == '\r') {
        line.setLength(length - 1);
      }
      return Optional.of(line.toString());
    }
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      position = 0;
      end = n;
      if (!started) {
        started = true;
        // a byte-order mark, as Excel writes, when the text was not opened by Texts
        if (buffer[0] == '\uFEFF') {
          position = 1;
          return position < end || fill();
        }
      }
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(IoProblemCode.MALFORMED, "", number, 1, "the file is not UTF-8 text from here on");
      eof = true;
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
