package dev.huzhu.core.validation;

import dev.huzhu.core.HuzhuStyle;
import org.immutables.value.Value;

/**
 * Where in a file a problem was found: the file's name, and the 1-based line and column.
 * Immutable and thread-safe.
 */
@Value.Immutable
@HuzhuStyle
public abstract class SourceLocation {
  /** The file's name or path, as the user gave it. */
  @Value.Parameter
  public abstract String file();

  /** The 1-based line. */
  @Value.Parameter
  public abstract int line();

  /** The 1-based column. */
  @Value.Parameter
  public abstract int column();

  public static SourceLocation of(String file, int line, int column) {
    return ImmutableSourceLocation.of(file, line, column);
  }

  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column();
  }
}
