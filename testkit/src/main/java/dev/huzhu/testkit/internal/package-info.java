/**
 * The testkit's machinery, not API: the {@link dev.huzhu.testkit.internal.DatasetShrinker} that
 * the property checks use to shrink a failing dataset to a small counterexample. The module does
 * not export this package; a policy author bounds shrinking with
 * {@link dev.huzhu.testkit.property.PolicyChecks#withMaxShrinkSteps}. Anything here may change
 * without notice.
 */
@HuzhuStyle
package dev.huzhu.testkit.internal;

import dev.huzhu.core.HuzhuStyle;
