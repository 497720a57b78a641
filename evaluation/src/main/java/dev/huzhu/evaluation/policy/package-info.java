/**
 * Assessment policies (考核方案) as plain values: {@link dev.huzhu.evaluation.policy.Policy} with its
 * period, subjects, sections and metrics, adjustments (加分/扣分), vetoes (一票否决), grading bands
 * with quotas, awards and bundling (捆绑), and the {@link dev.huzhu.evaluation.policy.PolicyValidator}
 * that reports every problem of a policy at once.
 */
@HuzhuStyle
package dev.huzhu.evaluation.policy;

import dev.huzhu.core.HuzhuStyle;
