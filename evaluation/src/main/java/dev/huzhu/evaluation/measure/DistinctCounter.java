package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.math.Ratio;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts the distinct keys (months, host schools, kinds) of the matching activities. Its memory is
 * the number of distinct keys, which a school year bounds. An activity without a key (no host
 * school) is not evidence.
 */
final class DistinctCounter<K> implements Accumulator {
  private final FilteredLogMeasure measure;
  private final Function<Activity, Optional<K>> key;
  private final EvidenceSet evidence;
  private final Set<K> seen = new HashSet<>();

  DistinctCounter(FilteredLogMeasure measure, Function<Activity, Optional<K>> key, int limit) {
    this.measure = measure;
    this.key = key;
    this.evidence = new EvidenceSet(limit);
  }

  @Override
  public void accept(Activity a) {
    if (measure.matches(a)) {
      key.apply(a).ifPresent(k -> {
        seen.add(k);
        evidence.add(a.id());
      });
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void merge(Accumulator other) {
    DistinctCounter<K> o = (DistinctCounter<K>) other;
    seen.addAll(o.seen);
    evidence.merge(o.evidence);
  }

  @Override
  public Optional<Ratio> exact() {
    return Optional.of(Ratio.of(seen.size()));
  }

  @Override
  public Evidence evidence() {
    return evidence.build();
  }
}
