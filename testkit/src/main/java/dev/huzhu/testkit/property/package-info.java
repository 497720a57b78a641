/**
 * Property checks any sane assessment policy must pass (SPEC §3.7), over datasets of the core's
 * synthetic generator: totals within bounds, order independence, monotonicity in activities and in
 * test results, no award for a vetoed subject (一票否决), and a report whose every figure re-adds.
 *
 * <p>{@link dev.huzhu.testkit.property.PolicyChecks#check(dev.huzhu.evaluation.policy.Policy)} is
 * the one call a policy author needs: it runs every standard property over seeded datasets and,
 * when one fails, throws with the seed that reproduces it and a counterexample shrunk to a few
 * records. A harness of the testkit's own, not jqwik (see STACK.md).
 */
@HuzhuStyle
package dev.huzhu.testkit.property;

import dev.huzhu.core.HuzhuStyle;
