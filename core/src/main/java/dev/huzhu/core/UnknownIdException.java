package dev.huzhu.core;

import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;

/**
 * Thrown by an operation that needs a value by its id when there is none with that id: a
 * report's {@code explain("g-nobody")}, a policy's {@code withoutMetric("no-such-metric")}.
 * Look-ups that may come back empty return {@code Optional} instead ({@code dataset.team(id)},
 * {@code report.subject(id)}); this is the one exception an id that names nothing throws.
 *
 * <p>Its problem has the code {@code UNKNOWN_REFERENCE}, the id as its path, and a message that
 * says what was looked for and where.
 */
public final class UnknownIdException extends HuzhuException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /**
   * @param what what the id should name ({@code "subject"})
   * @param id the id that names nothing
   * @param where where it was looked for ({@code "report zhucheng-bundled-2012"})
   */
  public UnknownIdException(String what, String id, String where) {
    super(Problem.of(CoreProblemCode.UNKNOWN_REFERENCE, id, "no " + what + " " + id + " in "
        + where));
    this.id = id;
  }

  /** The id that names nothing. */
  public String id() {
    return id;
  }
}
