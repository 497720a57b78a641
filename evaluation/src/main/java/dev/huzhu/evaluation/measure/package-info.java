/**
 * Measures (docs/assessment.md#measures): the raw value x of a subject. Log measures read the activity log in one
 * pass through mergeable {@link dev.huzhu.evaluation.measure.Accumulator}s; score measures read the
 * subject's score records. One type per measure: {@code count}, {@code sum}, {@code mean},
 * {@code distinctMonths}, {@code distinctSchools}, {@code distinctKinds}, {@code perMember},
 * {@code improvement}, {@code improvementRate}, {@code level}, {@code followUpCoverage},
 * {@code monthlyCompliance}.
 */
@HuzhuStyle
package dev.huzhu.evaluation.measure;

import dev.huzhu.core.HuzhuStyle;
