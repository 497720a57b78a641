package dev.huzhu.evaluation.measure;

/**
 * A measure of the subject itself rather than of its log: its score records
 * ({@link ScoreMeasure}), its structure ({@link ProfessionalMatchMeasure}) or its teachers
 * ({@link StaffMeasure}).
 */
public sealed interface SubjectMeasure extends Measure
    permits ScoreMeasure, ProfessionalMatchMeasure, StaffMeasure {
  /** The raw value of the context's subject, over the context's period. */
  RawValue evaluate(MeasureContext context);
}
