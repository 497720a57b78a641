package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kinds;

/**
 * The measures policy files name, one line each, in the order messages list them. A new measure
 * is one class that declares its {@code KIND} and one line here; a program adds one of its own
 * with {@code MeasureKinds.BUILT_IN.with(…)}.
 */
public final class MeasureKinds {
  private MeasureKinds() {}

  /** Every measure of this library. */
  public static final Kinds<Measure> BUILT_IN = Kinds.of(Measure.class, "measure",
      CountMeasure.KIND,
      SumMeasure.KIND,
      MeanMeasure.KIND,
      DistinctMonthsMeasure.KIND,
      DistinctSchoolsMeasure.KIND,
      DistinctKindsMeasure.KIND,
      PerMemberMeasure.KIND,
      ImprovementMeasure.KIND,
      ImprovementRateMeasure.KIND,
      LevelMeasure.KIND,
      GapMeasure.KIND,
      GapChangeMeasure.KIND,
      DispersionMeasure.KIND,
      ExchangeShareMeasure.KIND,
      BackboneShareMeasure.KIND,
      FollowUpCoverageMeasure.KIND,
      MonthlyComplianceMeasure.KIND,
      ProfessionalMatchMeasure.KIND);
}
