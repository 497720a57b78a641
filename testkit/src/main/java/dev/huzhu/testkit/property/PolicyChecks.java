package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.testkit.internal.DatasetShrinker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Runs property checks of one policy over datasets of the synthetic generator, one per seed, and
 * shrinks the first failure of each property to a small counterexample.
 *
 * <pre>{@code
 * PolicyChecks.check(policy);                        // the standard properties, default seeds
 * PolicyCheckSummary summary = PolicyChecks.of(policy).withSeeds(1, 200).withScale(Scale.small()).run();
 * }</pre>
 *
 * <p>The generated data lies in the 2012–2013 school year; it is moved by the whole number of
 * years that makes it overlap the policy's period most ({@link SchoolYears#yearsFor}), so that a
 * policy for any year is checked on data it assesses. A seed whose dataset has no activity in the
 * period even so is not applicable to any property: a property never holds on data the policy
 * cannot see. Runs are deterministic: the same policy, seeds, scale and properties give the same
 * summary. Immutable and thread-safe.
 */
public final class PolicyChecks {
  // many small datasets rather than a few large ones: a small one has as many kinds of subject and
  // of record, is checked faster, and shrinks in fewer steps; the defaults keep the check of a
  // built-in policy within a few seconds on two cores

  /** The default seeds, 1 to this. */
  public static final long DEFAULT_SEEDS = 100;

  /** The default scale: one community (16 research groups) and three party pairings, 400 activities. */
  public static final Scale DEFAULT_SCALE = Scale.of(1, 3, 400);

  private final Policy policy;
  private final long firstSeed;
  private final long lastSeed;
  private final Scale scale;
  private final ImmutableList<PolicyProperty> properties;
  private final int maxShrinkSteps;
  private final int yearsShifted;

  private PolicyChecks(Policy policy, long firstSeed, long lastSeed, Scale scale,
      ImmutableList<PolicyProperty> properties, int maxShrinkSteps) {
    this.policy = policy;
    this.yearsShifted = SchoolYears.yearsFor(policy.period());
    this.firstSeed = firstSeed;
    this.lastSeed = lastSeed;
    this.scale = scale;
    this.properties = properties;
    this.maxShrinkSteps = maxShrinkSteps;
  }

  /**
   * Checks of the policy with the standard properties, the default seeds and scale.
   *
   * @throws dev.huzhu.evaluation.InvalidPolicyException with every problem when it is invalid
   */
  public static PolicyChecks of(Policy policy) {
    // refused here, once, with every problem, rather than by each property on each seed
    Assessment.of(policy);
    return new PolicyChecks(policy, 1, DEFAULT_SEEDS, DEFAULT_SCALE, PolicyProperties.standard(),
        DatasetShrinker.DEFAULT_MAX_STEPS);
  }

  /**
   * The one call a policy author needs: the standard properties over the default seeds and scale;
   * throws an {@link org.opentest4j.AssertionFailedError} with each failed property's seed and
   * shrunk counterexample, and otherwise returns the summary (which properties applied).
   */
  public static PolicyCheckSummary check(Policy policy) {
    PolicyCheckSummary summary = of(policy).run();
    summary.assertPassed();
    return summary;
  }

  /** These checks over the seeds {@code first} to {@code last}, both included. */
  public PolicyChecks withSeeds(long first, long last) {
    if (first > last) {
      throw new IllegalArgumentException("seeds run from " + first + " to " + last + ", backwards");
    }
    return new PolicyChecks(policy, first, last, scale, properties, maxShrinkSteps);
  }

  /** These checks over datasets of this size. */
  public PolicyChecks withScale(Scale scale) {
    return new PolicyChecks(policy, firstSeed, lastSeed, Objects.requireNonNull(scale, "scale"),
        properties, maxShrinkSteps);
  }

  /**
   * These checks with exactly these properties: a subset of {@link PolicyProperties#standard()},
   * one's own, or both.
   */
  public PolicyChecks withProperties(PolicyProperty... properties) {
    return withProperties(Arrays.asList(properties));
  }

  /** These checks with these properties instead, in this order. */
  public PolicyChecks withProperties(Iterable<? extends PolicyProperty> properties) {
    ImmutableList<PolicyProperty> list = ImmutableList.copyOf(properties);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("property checks need at least one property");
    }
    return new PolicyChecks(policy, firstSeed, lastSeed, scale, list, maxShrinkSteps);
  }

  /** These checks re-checking at most {@code steps} candidates while shrinking a failure. */
  public PolicyChecks withMaxShrinkSteps(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("a bound on shrink steps is 0 or more, not " + steps);
    }
    return new PolicyChecks(policy, firstSeed, lastSeed, scale, properties, steps);
  }

  /** The policy checked. */
  public Policy policy() {
    return policy;
  }

  /**
   * The generated dataset of a seed at these checks' scale, moved by whole years to overlap the
   * policy's period most: what the properties are checked on.
   */
  public Dataset dataset(long seed) {
    return SchoolYears.shift(SyntheticDatasets.generate(seed, scale).dataset(), yearsShifted);
  }

  /**
   * Why a generated dataset cannot show the policy anything: it lacks a community the policy's
   * {@code subjects.within} names, or none of its activities lies in the period (a period in the
   * summer holiday, say, which the generator leaves empty); empty when it can.
   */
  private Optional<String> unseen(Dataset dataset) {
    List<Problem> mismatches = policy.validate(dataset);
    if (!mismatches.isEmpty()) {
      return Optional.of("the generated dataset cannot be assessed by the policy: "
          + mismatches.get(0).message() + " (generated communities are "
          + dataset.communities().stream().map(Community::id).limit(5)
              .collect(Collectors.joining(", ")) + (dataset.communities().size() > 5 ? ", …" : "")
          + ")");
    }
    AssessmentPeriod period = policy.period();
    if (dataset.activities().stream().anyMatch(a -> period.contains(a.date()))) {
      return Optional.empty();
    }
    return Optional.of("no generated activity lies in the policy's period, " + period
        + " (generated dates moved by " + yearsShifted + " years), so the policy sees none");
  }

  /**
   * Runs every property over every seed (a failed property stops at its first failing seed); a
   * seed with no activity in the policy's period is not applicable to any property. Seeds are
   * checked a few at a time on every core; the summary is the same as one seed after the other
   * would give, since each check depends only on its seed.
   */
  public PolicyCheckSummary run() {
    List<SeedTally> tallies = new ArrayList<>();
    properties.forEach(p -> tallies.add(new SeedTally(p)));
    int batch = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    for (long start = firstSeed; start <= lastSeed; start += batch) {
      List<SeedTally> open = tallies.stream().filter(t -> t.counterexample == null).toList();
      if (open.isEmpty()) {
        break;
      }
      long end = start + batch - 1;
      if (end < start || end > lastSeed) {
        // the last batch, or one that would run past Long.MAX_VALUE
        end = lastSeed;
      }
      List<List<CheckAttempt>> outcomes = LongStream.rangeClosed(start, end).parallel()
          .mapToObj(seed -> {
            Dataset dataset = dataset(seed);
            Optional<String> unseen = unseen(dataset);
            if (unseen.isPresent()) {
              CheckAttempt none = new CheckAttempt(PropertyOutcome.notApplicable(unseen.get()),
                  Optional.empty());
              return open.stream().map(t -> none).toList();
            }
            return open.stream().map(t -> CheckAttempt.of(t.property, policy, dataset)).toList();
          }).toList();
      for (int i = 0; i < outcomes.size(); i++) {
        for (int t = 0; t < open.size(); t++) {
          open.get(t).record(start + i, outcomes.get(i).get(t));
        }
      }
      if (end == lastSeed) {
        break;
      }
    }
    ImmutableList.Builder<PropertyVerdict> verdicts = ImmutableList.builder();
    tallies.forEach(t -> verdicts.add(t.verdict()));
    return PolicyCheckSummary.builder().policyId(policy.id()).firstSeed(firstSeed).lastSeed(lastSeed)
        .scale(scale).verdicts(verdicts.build()).build();
  }

  /** One property's progress over the seeds. */
  private final class SeedTally {
    final PolicyProperty property;
    int tried;
    int applicable;
    String notApplicable;
    Counterexample counterexample;

    SeedTally(PolicyProperty property) {
      this.property = property;
    }

    /** Counts a seed's outcome, unless an earlier seed already failed. */
    void record(long seed, CheckAttempt attempt) {
      if (counterexample != null) {
        return;
      }
      tried++;
      PropertyOutcome outcome = attempt.outcome();
      switch (outcome.status()) {
        case HOLDS -> applicable++;
        case NOT_APPLICABLE -> {
          if (notApplicable == null) {
            notApplicable = "seed " + seed + ": " + outcome.message();
          }
        }
        default -> {
          applicable++;
          counterexample = attempt.shrink(property, policy, seed, scale, yearsShifted,
              dataset(seed), maxShrinkSteps);
        }
      }
    }

    PropertyVerdict verdict() {
      PropertyVerdict.Status status = counterexample != null ? PropertyVerdict.Status.FAILED
          : applicable > 0 ? PropertyVerdict.Status.HOLDS : PropertyVerdict.Status.NOT_APPLICABLE;
      var r = PropertyVerdict.builder().property(property.name())
          .description(property.description()).status(status).seedsTried(tried)
          .seedsApplicable(applicable);
      if (notApplicable != null) {
        r.notApplicableReason(notApplicable);
      }
      if (counterexample != null) {
        r.counterexample(counterexample);
      }
      return r.build();
    }
  }
}
