package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.evaluation.subject.SubjectKind;

/**
 * What a metric measures: the raw value x of a subject (SPEC §3.2). Log measures
 * ({@link LogMeasure}) read the activities credited to the subject; score measures
 * ({@link ScoreMeasure}) read its score records.
 */
public interface Measure {
  /** The identifier used in policy files: {@code count}, {@code improvementRate}, …. */
  String type();

  /** The kinds of subject the measure can apply to; the policy validator checks it. */
  ImmutableSet<SubjectKind> appliesTo();
}
