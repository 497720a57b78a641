package dev.huzhu.evaluation.policy;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The dates a policy assesses, both inclusive (考核周期), e.g. the fall term 2012-09-01 to
 * 2013-01-31. Only activities dated within it count. That {@code from} is not after {@code to}
 * is checked by the policy validator. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentPeriod {
  @Value.Parameter
  public abstract LocalDate from();

  @Value.Parameter
  public abstract LocalDate to();

  public static AssessmentPeriod of(LocalDate from, LocalDate to) {
    return ImmutableAssessmentPeriod.of(from, to);
  }

  /** Whether the date falls within the period, ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  @Override
  public String toString() {
    return from() + " to " + to();
  }
}
