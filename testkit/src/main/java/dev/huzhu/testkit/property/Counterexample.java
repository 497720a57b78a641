package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.io.DatasetFiles;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A dataset on which a property fails, shrunk: which property, the seed and scale that reproduce
 * it, the sizes before and after shrinking, the shrunk dataset and what was violated on it. Its
 * {@link #toString()} is what a policy author reads: how to reproduce (a line of code naming the
 * seed, the scale and the property), what failed, and the shrunk dataset's activities and score
 * records (and, when it is small, the dataset as JSON). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Counterexample {
  /** Datasets with at most this many activities and score records are also printed as JSON. */
  static final int JSON_RECORDS = 40;

  /** The property's name, e.g. {@code matching-activity-never-lowers}. */
  public abstract String property();

  /**
   * The {@link PolicyProperties} factory of a standard property, e.g. {@code figuresReAdd}; empty
   * for a property of one's own.
   */
  public abstract Optional<String> factory();

  /** The id of the policy that broke the property. */
  public abstract String policyId();

  /** The seed of the generated dataset that failed. */
  public abstract long seed();

  /** The scale of the generated dataset the failure was found on. */
  public abstract Scale scale();

  /**
   * Years the generated dates were moved by to overlap the policy's period most (see
   * {@link SchoolYears#yearsFor}).
   */
  public abstract int yearsShifted();

  /** The size of the generated dataset before shrinking. */
  public abstract DatasetSize originalSize();

  /** What was violated on the generated dataset, before shrinking. */
  public abstract String originalViolation();

  /** The size of the shrunk dataset. */
  public abstract DatasetSize shrunkSize();

  /** The shrunk dataset; valid, and the property fails on it. */
  public abstract Dataset dataset();

  /** What is violated on the shrunk dataset. */
  public abstract String violation();

  /** Candidates re-checked while shrinking. */
  public abstract int shrinkSteps();

  /** Whether shrinking stopped at its bound; a larger bound may shrink further. */
  public abstract boolean shrinkExhausted();

  /** A builder of a counterexample. */
  public static ImmutableCounterexample.Builder builder() {
    return ImmutableCounterexample.builder();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append("property ").append(property()).append(" fails for policy ").append(policyId())
        .append(" on seed ").append(seed()).append('\n');
    text.append("  reproduce: PolicyChecks.of(policy).withSeeds(").append(seed()).append(", ")
        .append(seed()).append(").withScale(Scale.of(").append(scale().communities()).append(", ")
        .append(scale().partyPairings()).append(", ").append(scale().activities())
        .append(")).withProperties(")
        .append(factory().map(f -> "PolicyProperties." + f + "()")
            .orElse("<your property \"" + property() + "\">"))
        .append(").run()");
    if (yearsShifted() != 0) {
      text.append("  (generated dates moved by ").append(yearsShifted())
          .append(" years to overlap the policy's period most)");
    }
    text.append('\n');
    text.append("  violated: ").append(violation()).append('\n');
    text.append("  shrunk from ").append(originalSize()).append(" to ").append(shrunkSize())
        .append(" in ").append(shrinkSteps()).append(" steps")
        .append(shrinkExhausted() ? " (stopped at the bound; a larger one may shrink further)" : "")
        .append('\n');
    if (!originalViolation().equals(violation())) {
      text.append("  before shrinking: ").append(originalViolation()).append('\n');
    }
    text.append("  activities:").append(dataset().activities().isEmpty() ? " none" : "").append('\n');
    for (Activity a : dataset().activities()) {
      text.append("    ").append(line(a)).append('\n');
    }
    text.append("  score records:").append(dataset().scores().isEmpty() ? " none" : "").append('\n');
    for (ScoreRecord r : dataset().scores()) {
      text.append("    ").append(line(r)).append('\n');
    }
    if (dataset().activities().size() + dataset().scores().size() <= JSON_RECORDS) {
      text.append("  dataset:\n").append(DatasetFiles.toJson(dataset()));
    }
    return text.toString();
  }

  /** {@code a-00000012 THEMATIC_ACTIVITY 2012-09-14 credited [g1-math3] {materials=3}}. */
  static String line(Activity a) {
    return a.id() + " " + a.kind() + " " + a.date() + " credited " + a.credited()
        + (a.quantities().isEmpty() ? "" : " " + quantities(a.quantities()))
        + a.followUpOf().map(f -> " follows up " + f).orElse("");
  }

  /** {@code s1-0/3/MATH/QUALITY_TEST/FINAL: 31 students, mean 80.50 of 100}. */
  static String line(ScoreRecord r) {
    return r.key() + ": " + r.students() + " students, mean " + r.mean().toPlainString() + " of "
        + r.fullMark().toPlainString()
        + r.passRate().map(p -> ", pass rate " + p.toPlainString()).orElse("")
        + r.excellentRate().map(e -> ", excellent rate " + e.toPlainString()).orElse("");
  }

  private static String quantities(Map<?, BigDecimal> q) {
    return q.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
