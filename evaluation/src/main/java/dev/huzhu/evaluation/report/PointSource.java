package dev.huzhu.evaluation.report;

import dev.huzhu.core.team.TeamRole;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Where bundled points came from: a subject's total times the coefficient of the person's role
 * there, rounded to 2 places — or 0 when a veto (一票否决) struck the subject, which is still
 * listed, with its total and marked vetoed, so that the person sees why. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PointSource {
  public abstract String subject();

  public abstract TeamRole role();

  public abstract BigDecimal total();

  public abstract BigDecimal coefficient();

  /** round2(total × coefficient); 0.00 when the subject was vetoed. */
  public abstract BigDecimal points();

  /** Whether a veto struck the subject, so that it passed no points. */
  @Value.Default
  public boolean vetoed() {
    return false;
  }

  public static ImmutablePointSource.Builder builder() {
    return ImmutablePointSource.builder();
  }
}
