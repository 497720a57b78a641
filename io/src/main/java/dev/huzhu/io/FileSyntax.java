package dev.huzhu.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two syntaxes of documents: a policy may be either, a dataset and a report are JSON. */
public enum FileSyntax {
  JSON,
  YAML;

  /** JSON for a name ending in {@code .json}, YAML for {@code .yaml} or {@code .yml}. */
  public static FileSyntax of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException("cannot tell the syntax of " + path
        + ": name it .json, .yaml or .yml");
  }
}
