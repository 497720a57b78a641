/**
 * Exact arithmetic for scores: {@link dev.huzhu.evaluation.math.Ratio} keeps a value exact until
 * {@link dev.huzhu.evaluation.math.Decimals} rounds it once, half-up, to 4 places (raw values) or
 * 2 places (points), as docs/assessment.md#arithmetic-and-rounding requires. No {@code double} anywhere.
 */
@HuzhuStyle
package dev.huzhu.evaluation.math;

import dev.huzhu.core.HuzhuStyle;
