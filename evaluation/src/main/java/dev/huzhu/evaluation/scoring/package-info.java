/**
 * Scorings (docs/assessment.md#scorings), one type each: {@code linear}, {@code tiers}, {@code relative},
 * {@code rank}, {@code ratioToBest}. Each turns raw values into points rounded once, half-up, to 2
 * places.
 */
@HuzhuStyle
package dev.huzhu.evaluation.scoring;

import dev.huzhu.core.HuzhuStyle;
