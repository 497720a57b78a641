package dev.huzhu.io;

import dev.huzhu.core.HuzhuStyle;
import org.immutables.value.Value;

/**
 * The bounds every reader enforces, so that a hostile or broken file is refused quickly and in
 * bounded memory: how long a document may be, how deeply it may nest, how long a string, a
 * number or a CSV row may be, and after how many problems reading stops.
 *
 * <p>The defaults fit every real file of this project by a wide margin: a dataset of a million
 * activities is about 300 MB of JSON; ids, names and labels are short. Activity logs read as a
 * stream (CSV, JSON Lines) are bounded per record, not as a whole, so they may be of any length.
 */
@Value.Immutable
@HuzhuStyle
public abstract class ReadLimits {
  /** The most characters a JSON or YAML document may hold (default 1 GiB; policies use 4 MiB). */
  @Value.Default
  public long maxDocumentChars() {
    return 1L << 30;
  }

  /** The deepest nesting of objects and lists (default 32; the deepest real file needs 8). */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** The longest string or CSV cell, in characters (default 100,000). */
  @Value.Default
  public int maxStringChars() {
    return 100_000;
  }

  /** The longest number, in characters (default 64). */
  @Value.Default
  public int maxNumberChars() {
    return 64;
  }

  /** The longest record of a log (a CSV row or a JSON line), in characters (default 1,000,000). */
  @Value.Default
  public int maxRecordChars() {
    return 1_000_000;
  }

  /** After this many problems a reader stops and says so (default 1,000). */
  @Value.Default
  public int maxProblems() {
    return 1000;
  }

  public static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }

  /** The defaults above. */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /** The defaults for a policy file: a policy is a page of YAML, so 4 MiB is generous. */
  public static ReadLimits policyDefaults() {
    return builder().maxDocumentChars(4L << 20).build();
  }

  @Value.Check
  protected void check() {
    if (maxDocumentChars() < 1 || maxNestingDepth() < 1 || maxStringChars() < 1
        || maxNumberChars() < 1 || maxRecordChars() < 1 || maxProblems() < 1) {
      throw new IllegalArgumentException("read limits must be positive: " + this);
    }
  }
}
