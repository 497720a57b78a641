/**
 * The subjects an assessment scores (考核对象): teams, party pairings and exchanges, resolved from a
 * dataset with their members and score records.
 */
@HuzhuStyle
package dev.huzhu.evaluation.subject;

import dev.huzhu.core.HuzhuStyle;
