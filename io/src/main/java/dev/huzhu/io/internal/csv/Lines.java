package dev.huzhu.io.internal.csv;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Decoding;
import java.io.Closeable;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads text one line at a time in bounded memory, for JSON Lines: a line longer than the limit is
 * reported and skipped rather than read whole. Lines end with {@code \n} or {@code \r\n}.
 */
public final class Lines implements Closeable {
  private final TextBuffer text;
  private final Decoding problems;
  private final int maxChars;
  private int number;
  private final StringBuilder line = new StringBuilder();

  public Lines(Reader in, Decoding problems, int maxChars) {
    this.text = new TextBuffer(in, problems);
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
      if (text.position == text.end && !text.fill(number, 1)) {
        return Optional.empty();
      }
      number++;
      line.setLength(0);
      boolean tooLong = false;
      while (true) {
        if (text.position == text.end && !text.fill(number, 1)) {
          break;
        }
        char c = text.chars[text.position++];
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

  @Override
  public void close() {
    text.close();
  }
}
