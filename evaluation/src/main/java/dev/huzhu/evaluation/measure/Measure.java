package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.form.Kinded;
import dev.huzhu.evaluation.subject.SubjectKind;

/**
 * What a metric measures: the raw value x of a subject (docs/assessment.md#measures). Log measures
 * ({@link LogMeasure}) read the activities credited to the subject; score measures
 * ({@link ScoreMeasure}) read its score records. The hierarchy is sealed: a measure is a log
 * measure or a subject measure, and new kinds join one of the open families
 * ({@link FilteredLogMeasure}, {@link ScoreMeasure}) and {@link MeasureKinds}.
 */
public sealed interface Measure extends Kinded permits LogMeasure, SubjectMeasure {
  /** The measure's kind: its word in policy files, its fields and its checks. */
  @Override
  Kind<? extends Measure> kind();

  /** The identifier used in policy files: {@code count}, {@code improvementRate}, …. */
  default String type() {
    return kind().word();
  }

  /** The kinds of subject the measure can apply to; the policy validator checks it. */
  ImmutableSet<SubjectKind> appliesTo();
}
