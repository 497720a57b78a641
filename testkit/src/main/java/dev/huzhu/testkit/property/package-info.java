/**
 * Property checks any sane assessment policy must pass (README.md#testing-policies), over datasets of the core's
 * synthetic generator: totals within bounds, order independence, monotonicity in activities and in
 * test results, no award for a vetoed subject (一票否决), and a report whose every figure re-adds.
 *
 * <p>{@link dev.huzhu.testkit.property.PolicyChecks#check(dev.huzhu.evaluation.policy.Policy)} is
 * the one call a policy author needs: it runs every standard property over seeded datasets and,
 * when one fails, throws with the seed that reproduces it and a counterexample shrunk to a few
 * records. A harness of the testkit's own, built on the core's seeded generator.
 *
 * <p>What the checks found, from the smallest: a {@link dev.huzhu.testkit.property.PropertyOutcome}
 * (one property on one dataset), a {@link dev.huzhu.testkit.property.PropertyVerdict} (one property
 * over all the seeds) and a {@link dev.huzhu.testkit.property.PolicyCheckSummary} (every property
 * of one policy).
 *
 * <p>The generated data is moved by whole years to overlap the policy's period most; a seed with
 * no activity in the period is not applicable to any property, so that none holds on data the
 * policy cannot see.
 *
 * <p>"Every figure re-adds" checks the arithmetic a reader can redo from the report alone: each
 * section is the sum of its metrics' points, each adjustment {@code max(0, min(pointsEach × x,
 * cap))}, each total {@code max(0, sections + bonuses − deductions)}; the listing order and the
 * competition ranks; that awards name only subjects of the report; and a complete personal list —
 * every member of every subject once, one source per subject they belong to, no one else — whose
 * sources are the subjects' totals times the policy's coefficients and whose points are their
 * maximum or sum. It does not recompute a metric's raw value from the records or its points from
 * its scoring, the bands and their quotas, which subjects an award selects or which people it
 * names: the evaluation module's own tests pin those against hand-worked values.
 */
@HuzhuStyle
package dev.huzhu.testkit.property;

import dev.huzhu.core.HuzhuStyle;
