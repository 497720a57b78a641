package dev.huzhu.evaluation.report;

import dev.huzhu.core.team.TeamRole;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Where bundled points came from: a subject's total times the coefficient of the person's role
 * there, rounded to 2 places. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PointSource {
  public abstract String subject();

  public abstract TeamRole role();

  public abstract BigDecimal total();

  public abstract BigDecimal coefficient();

  /** round2(total × coefficient). */
  public abstract BigDecimal points();

  public static ImmutablePointSource.Builder builder() {
    return ImmutablePointSource.builder();
  }
}
