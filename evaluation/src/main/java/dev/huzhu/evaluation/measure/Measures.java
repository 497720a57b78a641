package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import java.util.Arrays;

/**
 * Short factories for the common measures, for Java code and JShell:
 * {@code Measures.sum(Quantity.MATERIALS, MATERIAL_SHARE)}. Filters beyond kinds (subject, grade,
 * direction, tags) are set on the builders, e.g. {@code CountMeasure.builder()}. A convenience
 * only: a new measure needs no factory here, only its class and its line in {@link MeasureKinds}.
 */
public final class Measures {
  private Measures() {}

  /** {@code count} of activities of these kinds (none: every kind). */
  public static CountMeasure count(ActivityKind... kinds) {
    return CountMeasure.builder().addKinds(kinds).build();
  }

  /** {@code sum} of a quantity over activities of these kinds. */
  public static SumMeasure sum(Quantity quantity, ActivityKind... kinds) {
    return SumMeasure.builder().quantity(quantity).addKinds(kinds).build();
  }

  /** {@code mean} of a quantity over activities of these kinds that carry it. */
  public static MeanMeasure mean(Quantity quantity, ActivityKind... kinds) {
    return MeanMeasure.builder().quantity(quantity).addKinds(kinds).build();
  }

  public static DistinctMonthsMeasure distinctMonths(ActivityKind... kinds) {
    return DistinctMonthsMeasure.builder().addKinds(kinds).build();
  }

  public static DistinctSchoolsMeasure distinctSchools(ActivityKind... kinds) {
    return DistinctSchoolsMeasure.builder().addKinds(kinds).build();
  }

  public static DistinctKindsMeasure distinctKinds(ActivityKind... kinds) {
    return DistinctKindsMeasure.builder().addKinds(kinds).build();
  }

  public static PerMemberMeasure perMember(LogMeasure measure) {
    return PerMemberMeasure.of(measure);
  }

  public static ImprovementMeasure improvement(TestKind test) {
    return ImprovementMeasure.builder().test(test).build();
  }

  public static ImprovementMeasure improvement(TestKind test, ScoreValue scoreValue) {
    return ImprovementMeasure.builder().test(test).scoreValue(scoreValue).build();
  }

  public static ImprovementRateMeasure improvementRate(TestKind test) {
    return ImprovementRateMeasure.builder().test(test).build();
  }

  public static ImprovementRateMeasure improvementRate(TestKind test, ScoreValue scoreValue) {
    return ImprovementRateMeasure.builder().test(test).scoreValue(scoreValue).build();
  }

  public static LevelMeasure level(TestKind test, Phase phase) {
    return LevelMeasure.builder().test(test).phase(phase).build();
  }

  public static LevelMeasure level(TestKind test, Phase phase, ScoreValue scoreValue) {
    return LevelMeasure.builder().test(test).phase(phase).scoreValue(scoreValue).build();
  }

  public static FollowUpCoverageMeasure followUpCoverage(int withinDays, ActivityKind... deliveries) {
    return FollowUpCoverageMeasure.builder().withinDays(withinDays).addKinds(deliveries).build();
  }

  public static MonthlyComplianceMeasure monthlyCompliance(ActivityKind... kinds) {
    return MonthlyComplianceMeasure.builder().addKinds(kinds).build();
  }

  /** {@code gap(test, phase)} of a community: core school − member schools. */
  public static GapMeasure gap(TestKind test, Phase phase) {
    return GapMeasure.builder().test(test).phase(phase).build();
  }

  public static GapMeasure gap(TestKind test, Phase phase, ScoreValue of) {
    return GapMeasure.builder().test(test).phase(phase).scoreValue(of).build();
  }

  /** {@code gapChange(test)} of a community: gap at baseline − gap at final. */
  public static GapChangeMeasure gapChange(TestKind test) {
    return GapChangeMeasure.builder().test(test).build();
  }

  public static GapChangeMeasure gapChange(TestKind test, ScoreValue of) {
    return GapChangeMeasure.builder().test(test).scoreValue(of).build();
  }

  /** {@code dispersion(test, phase)} of a community: the 差异系数 of its schools. */
  public static DispersionMeasure dispersion(TestKind test, Phase phase) {
    return DispersionMeasure.builder().test(test).phase(phase).build();
  }

  public static DispersionMeasure dispersion(TestKind test, Phase phase, ScoreValue of) {
    return DispersionMeasure.builder().test(test).phase(phase).scoreValue(of).build();
  }

  /** {@code exchangeShare} of exchanges of these kinds (none: every kind). */
  public static ExchangeShareMeasure exchangeShare(ExchangeKind... kinds) {
    return ExchangeShareMeasure.builder().kinds(Arrays.asList(kinds)).build();
  }

  /** {@code backboneShare} of exchanges of these kinds (none: every kind). */
  public static BackboneShareMeasure backboneShare(ExchangeKind... kinds) {
    return BackboneShareMeasure.builder().kinds(Arrays.asList(kinds)).build();
  }
}
