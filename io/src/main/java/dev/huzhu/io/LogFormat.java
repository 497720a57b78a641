package dev.huzhu.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two formats of an activity log. */
public enum LogFormat {
  /** CSV with a header row; see the README for the columns. */
  CSV,
  /** JSON Lines: one activity object, as in a dataset's {@code activities}, per line. */
  JSON_LINES;

  /** CSV for a name ending in {@code .csv}; JSON Lines for {@code .jsonl} or {@code .ndjson}. */
  public static LogFormat of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    throw new IllegalArgumentException("cannot tell the format of the log " + path
        + ": name it .csv, .jsonl or .ndjson");
  }
}
