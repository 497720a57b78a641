/**
 * Scorings (docs/assessment.md#scorings), one type each: {@code linear}, {@code tiers}, {@code range},
 * {@code relative}, {@code rank}, {@code ratioToBest}. Each turns raw values into exact points, which
 * the policy's rounding rounds (by default once, half-up, to 2 places).
 */
@HuzhuStyle
package dev.huzhu.evaluation.scoring;

import dev.huzhu.core.HuzhuStyle;
