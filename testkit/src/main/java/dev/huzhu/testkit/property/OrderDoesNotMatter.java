package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.util.Optional;

/** The report never depends on the order of records or subjects (docs/assessment.md#determinism). */
final class OrderDoesNotMatter implements PolicyProperty {
  /**
   * The shuffle's seed: fixed, so that a shrunk dataset is shuffled by the same rule as the one
   * it came from (the day 诸城's bundled assessment starts).
   */
  static final long SHUFFLE_SEED = 20120901L;

  @Override
  public String name() {
    return "order-does-not-matter";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "shuffling or reversing every list of the dataset, records and subjects alike, gives an"
        + " equal report";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    Assessment assessment = Assessment.of(policy);
    Report original = assessment.run(dataset);
    Optional<String> shuffled = ReportDiff.first(original,
        assessment.run(Reorder.shuffle(SHUFFLE_SEED).of(dataset)));
    if (shuffled.isPresent()) {
      return PropertyOutcome.violated("with every list shuffled (seed " + SHUFFLE_SEED + "), "
          + shuffled.get());
    }
    Optional<String> reversed = ReportDiff.first(original, assessment.run(Reorder.reverse().of(dataset)));
    if (reversed.isPresent()) {
      return PropertyOutcome.violated("with every list reversed, " + reversed.get());
    }
    return PropertyOutcome.holds();
  }
}
