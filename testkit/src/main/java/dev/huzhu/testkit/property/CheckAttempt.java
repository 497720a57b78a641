package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.testkit.internal.DatasetShrinker;
import dev.huzhu.testkit.internal.ShrinkResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a property's check on one dataset, guarded: its outcome, and how it failed when
 * it did — {@link #VIOLATION}, {@link #RETURNED_NULL}, or the class name of what it threw — so
 * that a failure can be shrunk to a counterexample that fails the same way.
 */
record CheckAttempt(PropertyOutcome outcome, Optional<String> failure) {
  /** The way of failing of a violated outcome, a failed assertion included. */
  static final String VIOLATION = "violated";

  /** The way of failing of a check that returned null, a fault of the check itself. */
  static final String RETURNED_NULL = "returned null";

  CheckAttempt {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * The property checked on the dataset. An exception thrown by the check (by the engine on this
   * policy, say) is a violation too, and so is a failed assertion in a property of one's own
   * written with JUnit or AssertJ, and a null returned: each is shrunk and reported with its seed
   * like any other.
   */
  static CheckAttempt of(PolicyProperty property, Policy policy, Dataset dataset) {
    try {
      PropertyOutcome outcome = property.check(policy, dataset);
      if (outcome == null) {
        return new CheckAttempt(PropertyOutcome.violated("the check returned null, not an outcome:"
            + " a check returns PropertyOutcome.holds(), violated(…) or notApplicable(…)"),
            Optional.of(RETURNED_NULL));
      }
      return new CheckAttempt(outcome,
          outcome.isViolated() ? Optional.of(VIOLATION) : Optional.empty());
    } catch (RuntimeException e) {
      return new CheckAttempt(PropertyOutcome.violated("the check threw " + e),
          Optional.of(e.getClass().getName()));
    } catch (AssertionError e) {
      // a failed assertion is how a property written with JUnit or AssertJ says "violated"
      return new CheckAttempt(
          PropertyOutcome.violated("the check failed an assertion: " + e.getMessage()),
          Optional.of(VIOLATION));
    }
  }

  /**
   * This failure, on the dataset {@code failing}, shrunk: a candidate is kept only when it fails
   * the same way as this attempt — a violation for a violation, an exception of the same class for
   * an exception — so that shrinking never trades the failure found for another (an index out of
   * bounds on an emptied dataset, say).
   */
  Counterexample shrink(PolicyProperty property, Policy policy, long seed, Scale scale,
      int yearsShifted, Dataset failing, int maxSteps) {
    String way = failure().orElseThrow(() ->
        new IllegalArgumentException("only a failed check is shrunk, not " + outcome()));
    ShrinkResult shrunk = DatasetShrinker.of(policy.subjects()).withMaxSteps(maxSteps)
        .shrink(failing, d -> of(property, policy, d).failure().filter(way::equals).isPresent());
    CheckAttempt last = of(property, policy, shrunk.dataset());
    var c = Counterexample.builder().property(property.name()).policyId(policy.id()).seed(seed)
        .scale(scale).yearsShifted(yearsShifted)
        .originalSize(DatasetSize.of(failing, policy.subjects()))
        .originalViolation(outcome().message())
        .shrunkSize(DatasetSize.of(shrunk.dataset(), policy.subjects()))
        .dataset(shrunk.dataset()).violation(last.outcome().message()).shrinkSteps(shrunk.steps())
        .shrinkExhausted(shrunk.exhausted());
    PolicyProperties.factory(property).ifPresent(c::factory);
    return c.build();
  }
}
