package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.evaluation.policy.Policy;

/** One check of a property, and the shrinking of a failure to a counterexample. */
final class Checking {
  private Checking() {}

  /**
   * The property's outcome. An exception thrown by the check (by the engine on this policy, say)
   * is a violation too, and so is a failed assertion in a property of one's own written with
   * JUnit or AssertJ: either is shrunk and reported with its seed like any other.
   */
  static PropertyOutcome check(PolicyProperty property, Policy policy, Dataset dataset) {
    try {
      return property.check(policy, dataset);
    } catch (RuntimeException e) {
      return PropertyOutcome.violated("the check threw " + e);
    } catch (AssertionError e) {
      return PropertyOutcome.violated("the check failed an assertion: " + e.getMessage());
    }
  }

  static Counterexample shrink(PolicyProperty property, Policy policy, long seed, Scale scale,
      Dataset failing, String violation, int maxSteps) {
    ShrinkResult shrunk = DatasetShrinker.of(policy.subjects()).withMaxSteps(maxSteps)
        .shrink(failing, d -> check(property, policy, d).isViolated());
    PropertyOutcome last = check(property, policy, shrunk.dataset());
    return Counterexample.builder().property(property.name()).policyId(policy.id()).seed(seed)
        .scale(scale).yearsShifted(SchoolYears.of(policy.period().from()) - SchoolYears.GENERATED)
        .originalSize(DatasetSize.of(failing, policy.subjects())).originalViolation(violation)
        .shrunkSize(DatasetSize.of(shrunk.dataset(), policy.subjects()))
        .dataset(shrunk.dataset()).violation(last.message()).shrinkSteps(shrunk.steps())
        .shrinkExhausted(shrunk.exhausted()).build();
  }
}
