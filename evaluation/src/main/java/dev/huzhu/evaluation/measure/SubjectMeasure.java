package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.subject.AssessedSubject;

/**
 * A measure of the subject itself rather than of its log: its score records
 * ({@link ScoreMeasure}) or its structure ({@link ProfessionalMatchMeasure}).
 */
public sealed interface SubjectMeasure extends Measure
    permits ScoreMeasure, ProfessionalMatchMeasure {
  /** The subject's raw value. */
  RawValue evaluate(AssessedSubject subject);
}
