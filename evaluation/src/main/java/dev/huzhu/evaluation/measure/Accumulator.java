package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Optional;

/**
 * The running state of one log measure for one subject while the activity log is read once.
 * Accumulators merge: split the log anywhere, accumulate the parts apart, merge, and the result is
 * the same as one pass — which is how a large log is read on all cores. Its memory does not grow
 * with the log (bounded evidence), except where a measure must remember deliveries
 * ({@code followUpCoverage}). Not thread-safe: one per thread, merged after.
 */
public interface Accumulator {
  /** Takes an activity credited to the subject and dated in the period; ignores what its measure does not match. */
  void accept(Activity activity);

  /** Adds another accumulator of the same measure and subject into this one. */
  void merge(Accumulator other);

  /** The exact value so far; empty when the measure has no data. */
  Optional<Ratio> exact();

  Evidence evidence();
}
