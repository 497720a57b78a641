package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Policy;

/**
 * A law an assessment policy should obey on every dataset, e.g. "adding a matching activity never
 * lowers a count-based metric". The standard ones are in {@link PolicyProperties}; a policy author
 * may write their own and run it with {@link PolicyChecks#withProperties(PolicyProperty...)}.
 *
 * <p>A check must be deterministic: the same policy and dataset give the same outcome, any
 * shuffling being seeded from a fixed value, because shrinking re-checks smaller and smaller
 * datasets and must be re-checking the same law. Checks of several seeds run at once on several
 * threads, so a check keeps no state between calls. An exception or a failed assertion in a check
 * counts as a violation, and so does a null returned; shrinking keeps only smaller datasets that
 * fail the same way (a violation, an exception of the same class, null).
 */
public interface PolicyProperty {
  /** A short identifier, e.g. {@code totals-within-bounds}. */
  String name();

  /** What the property says, in one sentence. */
  String description();

  /**
   * Whether the property holds for the policy on a valid dataset, is violated (with what was
   * seen), or does not apply to it (with why, e.g. the policy has no count-based metric).
   */
  PropertyOutcome check(Policy policy, Dataset dataset);
}
