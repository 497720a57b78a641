/**
 * The report of an assessment (SPEC §3.6) and its plain-text renderings: subjects in order with
 * every figure and the records behind it, awards, and the personal priority list.
 */
@HuzhuStyle
package dev.huzhu.evaluation.report;

import dev.huzhu.core.HuzhuStyle;
