package dev.huzhu.io.internal.tree;

import dev.huzhu.core.internal.ValueChecks;
import tools.jackson.core.JacksonException;

/**
 * Text that goes into a problem's message from elsewhere, made fit to show: a user's text quoted
 * and cut short with its control characters escaped, and a parser's message cut to its first
 * line without what means nothing to the author of a file.
 */
final class MessageText {
  private MessageText() {}

  /** A key as a message shows it: quoted, cut short, control characters escaped. */
  static String quote(String text) {
    boolean cut = text.codePointCount(0, text.length()) > 64;
    return "\"" + ValueChecks.printable(text) + (cut ? "…" : "") + "\"";
  }

  /** A message's first line, never longer than a line of text. */
  static String firstLine(String m) {
    int nl = m.indexOf('\n');
    String line = (nl < 0 ? m : m.substring(0, nl)).strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** The parser's message, first line only, and never longer than a line of text. */
  static String of(JacksonException e) {
    String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    // Jackson adds where an object began, as a source description; the location is given anyway
    int marker = m.indexOf(" (start marker at");
    if (marker >= 0) {
      m = m.substring(0, marker);
    }
    // and names the Java setting of a limit, which means nothing to the author of a file
    m = m.replaceAll(", from `[^`]*`\\)", ")");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
