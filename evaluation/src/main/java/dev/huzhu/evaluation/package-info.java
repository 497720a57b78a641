/**
 * Assessment (捆绑考核, docs/assessment.md): {@link dev.huzhu.evaluation.Assessment} applies a
 * {@link dev.huzhu.evaluation.policy.Policy} to a {@link dev.huzhu.core.Dataset} in one pass over the
 * activity log and yields a {@link dev.huzhu.evaluation.report.Report} that explains every figure.
 * Policies live in {@code policy}, measures in {@code measure}, scorings in {@code scoring}, the
 * assessed subjects in {@code subject}, exact arithmetic in {@code math}. Depends on the core only;
 * files are the io module's.
 */
@HuzhuStyle
package dev.huzhu.evaluation;

import dev.huzhu.core.HuzhuStyle;
