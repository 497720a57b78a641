package dev.huzhu.evaluation.form;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.ProblemCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a kind's {@link Kind.Check} is told besides the value: where the value sits in its policy
 * ({@code sections[0].metrics[1].scoring}), and for a metric's scoring the metric's points; and
 * where it reports each problem, at the path of the field it concerns. Immutable; thread-safe when
 * its consumer of problems is.
 */
public final class CheckContext {
  private final String path;
  private final Optional<BigDecimal> metricPoints;
  private final Consumer<Problem> problems;

  private CheckContext(String path, Optional<BigDecimal> metricPoints, Consumer<Problem> problems) {
    this.path = Objects.requireNonNull(path);
    this.metricPoints = metricPoints;
    this.problems = Objects.requireNonNull(problems);
  }

  /** The context of a value at {@code path}, reporting to {@code problems}. */
  public static CheckContext of(String path, Consumer<Problem> problems) {
    return new CheckContext(path, Optional.empty(), problems);
  }

  /** This context, for the scoring of a metric worth {@code points}. */
  public CheckContext withMetricPoints(BigDecimal points) {
    return new CheckContext(path, Optional.of(points), problems);
  }

  /** The context of a field of the value here: its path goes on with the field's name. */
  public CheckContext field(Field<?, ?, ?> field) {
    return new CheckContext(path + "." + field.name(), metricPoints, problems);
  }

  /** The context of an element of the list here. */
  public CheckContext index(int index) {
    return new CheckContext(path + "[" + index + "]", metricPoints, problems);
  }

  /** The path of the value here. */
  public String path() {
    return path;
  }

  /** The points of the metric whose scoring is checked; empty when a measure is checked. */
  public Optional<BigDecimal> metricPoints() {
    return metricPoints;
  }

  /** Reports a problem of the value here. */
  public void add(ProblemCode code, String message) {
    problems.accept(Problem.of(code, path, message));
  }
}
