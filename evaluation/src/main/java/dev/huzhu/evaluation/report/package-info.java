/**
 * The report of an assessment (docs/assessment.md#reports-and-explanations) and its plain-text renderings: subjects in order with
 * every figure and the records behind it, awards, and the personal priority list.
 */
@HuzhuStyle
package dev.huzhu.evaluation.report;

import dev.huzhu.core.HuzhuStyle;
