package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.subject.AssessedSubject;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What an accumulator needs to know besides the activities: the subject, the policy's period and
 * how many evidence ids to keep. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureContext {
  @Value.Parameter
  public abstract AssessedSubject subject();

  /** The first day of the policy's period. */
  @Value.Parameter
  public abstract LocalDate periodStart();

  /** The last day of the policy's period. */
  @Value.Parameter
  public abstract LocalDate periodEnd();

  /** How many evidence ids to keep; {@link Integer#MAX_VALUE} keeps them all. */
  @Value.Parameter
  public abstract int evidenceLimit();

  public static MeasureContext of(AssessedSubject subject, LocalDate periodStart,
      LocalDate periodEnd, int evidenceLimit) {
    return ImmutableMeasureContext.of(subject, periodStart, periodEnd, evidenceLimit);
  }
}
