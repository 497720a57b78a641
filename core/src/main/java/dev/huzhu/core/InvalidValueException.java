package dev.huzhu.core;

import dev.huzhu.core.validation.Problem;

/**
 * Thrown when a single value cannot be built because one of its own fields is meaningless:
 * a blank id, a grade outside 1–9, a subject research group without its subject.
 *
 * <p>The problem's path names the field ({@code grade}); a reader of files prefixes it with the
 * element's own path. Rules that involve more than one value, or that a real file can break
 * while still being readable (a mean above the full mark, a negative quantity, an inverted term),
 * are not thrown here: {@link dev.huzhu.core.validation.DatasetValidator} reports them all at once.
 */
public final class InvalidValueException extends HuzhuException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(Problem problem) {
    super(problem);
  }

  /**
   * A value whose builder was not given every required field: one {@code MISSING_FIELD} problem
   * per field, its path the field's name ({@code community}). Builders throw it from
   * {@code build()}.
   */
  public InvalidValueException(String... missingFields) {
    super("cannot build the value: a required field is not set", missing(missingFields));
  }

  private static java.util.List<Problem> missing(String[] fields) {
    if (fields.length == 0) {
      throw new IllegalArgumentException("name at least one missing field");
    }
    return java.util.Arrays.stream(fields).map(f -> Problem.of(
        dev.huzhu.core.validation.CoreProblemCode.MISSING_FIELD, f,
        "the required field " + f + " is not set")).toList();
  }

  /** The (first) problem behind this exception. */
  public Problem problem() {
    return problems().get(0);
  }
}
