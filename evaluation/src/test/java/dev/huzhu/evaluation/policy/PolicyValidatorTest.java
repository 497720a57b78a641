package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.InvalidPolicyException;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.scoring.ImmutableTier;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RangeScoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The policy validator, one defect at a time on the 诸城 bundled policy (which is valid), each
 * reported with its exact code and path; then several defects at once.
 *
 * <p>The 诸城 policy: sections[0] process 40 = materials 10 (linear 12) + thematic 15 (tiers
 * 4→15, 2→9, 1→5) + lessons 15; sections[1] outcome 60 = quality 40 + spotcheck 20; one bonus,
 * one veto; bands EXCELLENT 85 (quota 0.3), GOOD 70, PASS 60, FAIL 0; awards[0] outstanding-group
 * (EXCELLENT), awards[1] outstanding-leader, awards[2] outstanding-teacher (with an individual
 * criterion); bundling with LEADER, DEPUTY and MEMBER coefficients.
 */
class PolicyValidatorTest {
  private static final Policy ZHUCHENG = BuiltInPolicies.zhuchengBundled();

  // ---- valid policies

  @Test
  void zhuchengBundledPolicyIsValid() {
    assertThat(ZHUCHENG.validate()).isEmpty();
  }

  @Test
  void exchangeTeacherPolicyIsValid() {
    assertThat(BuiltInPolicies.exchangeTeacher().validate()).isEmpty();
  }

  @Test
  void doublePairingPolicyIsValid() {
    assertThat(BuiltInPolicies.doublePairing().validate()).isEmpty();
  }

  @Test
  void aValidPolicyIsAccepted() {
    assertThat(Assessment.of(ZHUCHENG).policy()).isSameAs(ZHUCHENG);
  }

  // ---- sections and metrics

  @Test
  void metricPointsNotAddingUpToTheSection() {
    // materials 12 instead of 10: 12 + 15 + 15 = 42 ≠ 40
    Policy p = withMetric(ZHUCHENG, 0, 0, m -> m.withPoints(d("12")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.SECTION_POINTS_MISMATCH, "sections[0].points"));
    assertThat(p.validate().get(0).message()).contains("42").contains("40");
  }

  @Test
  void sectionPointsNotMatchingItsMetrics() {
    // outcome declared 50, its metrics 40 + 20 = 60
    Policy p = withSection(ZHUCHENG, 1, s -> s.withPoints(d("50")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.SECTION_POINTS_MISMATCH, "sections[1].points"));
  }

  @Test
  void linearTargetOfZero() {
    Policy p = withMetric(ZHUCHENG, 0, 0, m -> m.withScoring(LinearScoring.of(d("0"))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.NON_POSITIVE_TARGET, "sections[0].metrics[0].scoring.target"));
  }

  @Test
  void negativeLinearTarget() {
    // lessons (sections[0].metrics[2]) per member, target −2
    Policy p = withMetric(ZHUCHENG, 0, 2, m -> m.withScoring(LinearScoring.of(d("-2"))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.NON_POSITIVE_TARGET, "sections[0].metrics[2].scoring.target"));
  }

  @Test
  void tiersNotDescending() {
    // 4→15, 5→9, 1→5: tier 1's atLeast 5 is not below tier 0's 4
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(tiers("4", "15", "5", "9", "1", "5")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIERS_NOT_DESCENDING,
        "sections[0].metrics[1].scoring.tiers[1].atLeast"));
  }

  @Test
  void tiersWithAnEqualThresholdAreNotDescending() {
    // 4→15, 2→9, 2→5: tier 2's atLeast equals tier 1's
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(tiers("4", "15", "2", "9", "2", "5")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIERS_NOT_DESCENDING,
        "sections[0].metrics[1].scoring.tiers[2].atLeast"));
  }

  @Test
  void atMostTiersListedFromTheLowestUpAreValid() {
    // ≤ 1 → 15, ≤ 3 → 9, ≤ 6 → 5: best first, the atMost thresholds rise
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(atMostTiers("1", "15", "3", "9",
        "6", "5")));
    assertProblems(p).isEmpty();
  }

  @Test
  void atMostTiersNotAscending() {
    // ≤ 3 → 15, ≤ 1 → 9: tier 1's atMost 1 is not above tier 0's 3 (the mirror of atLeast)
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(atMostTiers("3", "15", "1", "9")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIERS_NOT_ASCENDING,
        "sections[0].metrics[1].scoring.tiers[1].atMost"));
  }

  @Test
  void atMostTiersWithAnEqualThresholdAreNotAscending() {
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(atMostTiers("1", "15", "1", "9")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIERS_NOT_ASCENDING,
        "sections[0].metrics[1].scoring.tiers[1].atMost"));
  }

  @Test
  void tiersMixingAtLeastAndAtMost() {
    // tier 0 says atLeast, so tier 1's atMost is the odd one out
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(TiersScoring.of(List.of(
        Tier.of(d("4"), d("15")), Tier.atMost(d("1"), d("5"))))));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.MIXED_TIER_BOUNDS,
        "sections[0].metrics[1].scoring.tiers[1].atMost"));
  }

  @Test
  void aTierWithBothBoundsOrNeither() {
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(TiersScoring.of(List.of(
        ImmutableTier.builder().atLeast(d("4")).atMost(d("6")).points(d("15")).build(),
        ImmutableTier.builder().points(d("5")).build()))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_TIER_BOUND, "sections[0].metrics[1].scoring.tiers[0]"),
        tuple(PolicyProblemCode.INVALID_TIER_BOUND, "sections[0].metrics[1].scoring.tiers[1]"));
  }

  @Test
  void aRangeWhoseEndsAreEqual() {
    // zeroAt = fullAt = 2 would divide by 0
    Policy p = withMetric(ZHUCHENG, 0, 2, m -> m.withScoring(RangeScoring.of(d("2"), d("2.0"))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.EMPTY_RANGE, "sections[0].metrics[2].scoring.fullAt"));
  }

  @Test
  void aRangeWhereLowerIsBetterIsValid() {
    Policy p = withMetric(ZHUCHENG, 0, 2, m -> m.withScoring(RangeScoring.of(d("2"), d("0"))));
    assertProblems(p).isEmpty();
  }

  @Test
  void aVetoWithBothBounds() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withVetoes(Veto.builder().id("both")
        .measure(Measures.count(ActivityKind.MISCONDUCT)).atLeast(d("1")).atMost(d("0")).build());
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_VETO_BOUND, "vetoes[0].atMost"));
  }

  @Test
  void aVetoWithNeitherBound() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withVetoes(Veto.builder().id("neither")
        .measure(Measures.count(ActivityKind.MISCONDUCT)).build());
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.INVALID_VETO_BOUND, "vetoes[0]"));
  }

  @Test
  void tierWorthMoreThanTheMetric() {
    // thematic is worth 15; a top tier of 16 cannot be earned
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(tiers("4", "16", "2", "9", "1", "5")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIER_OUT_OF_RANGE,
        "sections[0].metrics[1].scoring.tiers[0].points"));
  }

  @Test
  void negativeTier() {
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(tiers("4", "15", "2", "9", "1", "-1")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.TIER_OUT_OF_RANGE,
        "sections[0].metrics[1].scoring.tiers[2].points"));
  }

  @Test
  void tiersWithoutATier() {
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withScoring(TiersScoring.of(List.of())));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.EMPTY_TIERS, "sections[0].metrics[1].scoring.tiers"));
  }

  @Test
  void duplicateMetricIdAcrossSections() {
    // outcome's quality renamed "materials", the id of process's first metric
    Policy p = withMetric(ZHUCHENG, 1, 0, m -> m.withId("materials"));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.DUPLICATE_ID, "sections[1].metrics[0].id"));
  }

  @Test
  void duplicateSectionId() {
    Policy p = withSection(ZHUCHENG, 1, s -> s.withId("process"));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.DUPLICATE_ID, "sections[1].id"));
  }

  // ---- measures that cannot apply

  @Test
  void monthlyComplianceInAPolicyOfTeams() {
    // monthlyCompliance applies to exchanges only; the 诸城 policy assesses research groups
    Policy p = withMetric(ZHUCHENG, 0, 0,
        m -> m.withMeasure(Measures.monthlyCompliance(ActivityKind.DEMONSTRATION_LESSON)));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.MEASURE_NOT_APPLICABLE, "sections[0].metrics[0].measure"));
  }

  @Test
  void stagesWithKindsThatLeavePreparationsOut() {
    // stages select 同课异构 preparations; with kinds [THEMATIC_ACTIVITY] nothing could match
    Policy p = withMetric(ZHUCHENG, 0, 1, m -> m.withMeasure(CountMeasure.builder()
        .addKinds(ActivityKind.THEMATIC_ACTIVITY).addStages(PreparationStage.COLLECTIVE).build()));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.MEASURE_NOT_APPLICABLE, "sections[0].metrics[1].measure.stages"));
  }

  @Test
  void stagesWithPreparationsOrEveryKindAreValid() {
    Policy withPreparations = withMetric(ZHUCHENG, 0, 1, m -> m.withMeasure(CountMeasure.builder()
        .addKinds(ActivityKind.THEMATIC_ACTIVITY, ActivityKind.LESSON_PREPARATION)
        .addStages(PreparationStage.COLLECTIVE).build()));
    assertProblems(withPreparations).isEmpty();
    Policy everyKind = withMetric(ZHUCHENG, 0, 1, m -> m.withMeasure(CountMeasure.builder()
        .addStages(PreparationStage.COLLECTIVE).build()));
    assertProblems(everyKind).isEmpty();
  }

  @Test
  void improvementInAPolicyOfPartyPairings() {
    // a party pairing has no score units: improvement applies to teams only
    Policy pairing = BuiltInPolicies.doublePairing();
    Policy p = withMetric(pairing, 0, 0,
        m -> m.withMeasure(Measures.improvement(TestKind.QUALITY_TEST)));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.MEASURE_NOT_APPLICABLE, "sections[0].metrics[0].measure"));
  }

  @Test
  void measureOfAVetoThatCannotApply() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withVetoes(Veto.builder().id("absent")
        .measure(Measures.monthlyCompliance(ActivityKind.LECTURE)).atLeast(d("1")).build());
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.MEASURE_NOT_APPLICABLE, "vetoes[0].measure"));
  }

  // ---- period, subjects, sections

  @Test
  void invertedPeriod() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG)
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2013, 1, 31), LocalDate.of(2012, 9, 1)));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.INVERTED_PERIOD, "period"));
  }

  @Test
  void oneDayPeriodIsValid() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG)
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2012, 9, 1)));
    assertThat(p.validate()).isEmpty();
  }

  @Test
  void noSubjects() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withSubjects(SubjectSelection.builder().build());
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.NO_SUBJECTS, "subjects"));
  }

  @Test
  void withinAlongsidePartyPairings() {
    // party pairings belong to no community: within would select none of them
    Policy p = ImmutablePolicy.copyOf(BuiltInPolicies.doublePairing()).withSubjects(
        SubjectSelection.builder().partyPairings(true).addWithin("c-bn").build());
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.WITHIN_NOT_APPLICABLE, "subjects.within"));
    assertThat(p.validate().get(0).message()).contains("party pairings").contains("c-bn");
  }

  @Test
  void withinAlongsideTeamsIsValid() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withSubjects(ImmutableSubjectSelection
        .copyOf(ZHUCHENG.subjects()).withWithin("c-bn", "c-zc"));
    assertThat(p.validate()).isEmpty();
  }

  @Test
  void withinNamingSomethingThatIsNotAnId() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withSubjects(ImmutableSubjectSelection
        .copyOf(ZHUCHENG.subjects()).withWithin("c-bn", "c zc", ""));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_ID, "subjects.within[1]"),
        tuple(PolicyProblemCode.INVALID_ID, "subjects.within[2]"));
  }

  @Test
  void withinAloneSelectsNothing() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG)
        .withSubjects(SubjectSelection.builder().addWithin("c-bn").build());
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.NO_SUBJECTS, "subjects"));
  }

  @Test
  void noSections() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withSections(List.of());
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.NO_SECTIONS, "sections"));
  }

  // ---- negative numbers

  @Test
  void negativePointsEach() {
    Policy p = withAdjustment(ZHUCHENG, a -> a.withPointsEach(d("-0.5")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.NEGATIVE_NUMBER, "adjustments[0].pointsEach"));
  }

  @Test
  void negativeCap() {
    Policy p = withAdjustment(ZHUCHENG, a -> a.withCap(d("-2")));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.NEGATIVE_NUMBER, "adjustments[0].cap"));
  }

  @Test
  void negativeCoefficient() {
    Bundling b = ImmutableBundling.copyOf(ZHUCHENG.bundling().orElseThrow())
        .withCoefficients(java.util.Map.of(TeamRole.LEADER, d("1.0"), TeamRole.DEPUTY, d("-0.8")));
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withBundling(b);
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.NEGATIVE_NUMBER, "bundling.coefficients.DEPUTY"));
  }

  @Test
  void zeroPointsEachAndCapAreValid() {
    Policy p = withAdjustment(ZHUCHENG, a -> a.withPointsEach(d("0")).withCap(d("0")));
    assertThat(p.validate()).isEmpty();
  }

  // ---- grading

  @Test
  void lastBandWithAQuota() {
    Policy p = withBand(ZHUCHENG, 3, b -> b.withQuota(d("0.5")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_LAST_BAND, "grading.bands[3].quota"));
  }

  @Test
  void lastBandWithAMinimumAboveZero() {
    Policy p = withBand(ZHUCHENG, 3, b -> b.withMinTotal(d("10")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_LAST_BAND, "grading.bands[3].minTotal"));
  }

  @Test
  void bandsNotDescending() {
    // GOOD from 90, above EXCELLENT's 85
    Policy p = withBand(ZHUCHENG, 1, b -> b.withMinTotal(d("90")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.BANDS_NOT_DESCENDING, "grading.bands[1].minTotal"));
  }

  @Test
  void bandsWithEqualMinimumsAreNotDescending() {
    // PASS from 70, like GOOD
    Policy p = withBand(ZHUCHENG, 2, b -> b.withMinTotal(d("70")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.BANDS_NOT_DESCENDING, "grading.bands[2].minTotal"));
  }

  @Test
  void quotaOfZero() {
    Policy p = withBand(ZHUCHENG, 0, b -> b.withQuota(d("0")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.QUOTA_OUT_OF_RANGE, "grading.bands[0].quota"));
  }

  @Test
  void quotaAboveOne() {
    Policy p = withBand(ZHUCHENG, 0, b -> b.withQuota(d("1.5")));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.QUOTA_OUT_OF_RANGE, "grading.bands[0].quota"));
  }

  @Test
  void quotaOfOneIsValid() {
    assertThat(withBand(ZHUCHENG, 0, b -> b.withQuota(d("1"))).validate()).isEmpty();
  }

  @Test
  void gradingWithoutBands() {
    Policy p = ImmutablePolicy.copyOf(ZHUCHENG).withAwards(List.of())
        .withGrading(Grading.builder().build());
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.NO_BANDS, "grading.bands"));
  }

  // ---- awards

  @Test
  void awardNamingAnUnknownGrade() {
    Policy p = withAward(ZHUCHENG, 0, a -> a.withBands("OUTSTANDING"));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.UNKNOWN_GRADE, "awards[0].grades[0]"));
  }

  @Test
  void unknownGradeIsReportedAtItsPosition() {
    // outstanding-teacher names EXCELLENT and GOOD; GOOD replaced by 良
    Policy p = withAward(ZHUCHENG, 2, a -> a.withBands("EXCELLENT", "良"));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.UNKNOWN_GRADE, "awards[2].grades[1]"));
  }

  @Test
  void individualCriterionOnAnAwardWithoutRoles() {
    Policy p = withAward(ZHUCHENG, 0, a -> a.withIndividual(IndividualCriterion.of(
        Measures.count(ActivityKind.DEMONSTRATION_LESSON, ActivityKind.SENT_LESSON), d("2"))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_INDIVIDUAL_CRITERION, "awards[0].individual"));
  }

  @Test
  void individualCriterionThatDoesNotReadTheLog() {
    // improvement reads score records, not the activities a person led
    Policy p = withAward(ZHUCHENG, 2, a -> a.withIndividual(IndividualCriterion.of(
        Measures.improvement(TestKind.QUALITY_TEST), d("1"))));
    assertProblems(p).containsExactly(
        tuple(PolicyProblemCode.INVALID_INDIVIDUAL_CRITERION, "awards[2].individual.measure"));
  }

  @Test
  void topOfZero() {
    Policy p = withAward(ZHUCHENG, 0, a -> a.withTop(0));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.INVALID_TOP, "awards[0].top"));
  }

  @Test
  void topOfOneIsValid() {
    assertThat(withAward(ZHUCHENG, 0, a -> a.withTop(1)).validate()).isEmpty();
  }

  @Test
  void duplicateAwardId() {
    Policy p = withAward(ZHUCHENG, 1, a -> a.withId("outstanding-group"));
    assertProblems(p).containsExactly(tuple(PolicyProblemCode.DUPLICATE_ID, "awards[1].id"));
  }

  // ---- several at once

  @Test
  void everyDefectIsReportedAtOnce() {
    Policy p = ImmutablePolicy.copyOf(withAward(
            withBand(withMetric(ZHUCHENG, 0, 0, m -> m.withScoring(LinearScoring.of(d("0")))),
                0, b -> b.withQuota(d("1.5"))),
            0, a -> a.withBands("OUTSTANDING")))
        .withPeriod(AssessmentPeriod.of(LocalDate.of(2013, 1, 31), LocalDate.of(2012, 9, 1)));
    assertProblems(p).containsExactlyInAnyOrder(
        tuple(PolicyProblemCode.INVERTED_PERIOD, "period"),
        tuple(PolicyProblemCode.NON_POSITIVE_TARGET, "sections[0].metrics[0].scoring.target"),
        tuple(PolicyProblemCode.QUOTA_OUT_OF_RANGE, "grading.bands[0].quota"),
        tuple(PolicyProblemCode.UNKNOWN_GRADE, "awards[0].grades[0]"));
  }

  @Test
  void assessmentOfAnInvalidPolicyThrowsWithEveryProblem() {
    Policy p = withAward(withMetric(ZHUCHENG, 0, 0, m -> m.withPoints(d("12"))),
        1, a -> a.withTop(0));

    InvalidPolicyException e = assertThatExceptionOfType(InvalidPolicyException.class)
        .isThrownBy(() -> Assessment.of(p)).actual();

    assertThat(e.problems()).extracting(Problem::code, Problem::path).containsExactlyInAnyOrder(
        tuple(PolicyProblemCode.SECTION_POINTS_MISMATCH, "sections[0].points"),
        tuple(PolicyProblemCode.INVALID_TOP, "awards[1].top"));
    assertThat(e.problems()).containsExactlyInAnyOrderElementsOf(p.validate());
    assertThat(e.getMessage()).contains("zhucheng-bundled-2012");
  }

  // ---- helpers: one change at a time

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertProblems(Policy p) {
    return assertThat(p.validate()).extracting(Problem::code, Problem::path);
  }

  private static Policy withSection(Policy p, int s, UnaryOperator<ImmutableSection> change) {
    List<Section> sections = new ArrayList<>(p.sections());
    sections.set(s, change.apply(ImmutableSection.copyOf(sections.get(s))));
    return ImmutablePolicy.copyOf(p).withSections(sections);
  }

  private static Policy withMetric(Policy p, int s, int m, UnaryOperator<ImmutableMetric> change) {
    return withSection(p, s, section -> {
      List<Metric> metrics = new ArrayList<>(section.metrics());
      metrics.set(m, change.apply(ImmutableMetric.copyOf(metrics.get(m))));
      return section.withMetrics(metrics);
    });
  }

  private static Policy withBand(Policy p, int b, UnaryOperator<ImmutableBand> change) {
    Grading g = p.grading().orElseThrow();
    List<Band> bands = new ArrayList<>(g.bands());
    bands.set(b, change.apply(ImmutableBand.copyOf(bands.get(b))));
    return ImmutablePolicy.copyOf(p).withGrading(ImmutableGrading.copyOf(g).withBands(bands));
  }

  private static Policy withAward(Policy p, int a, UnaryOperator<ImmutableAward> change) {
    List<Award> awards = new ArrayList<>(p.awards());
    awards.set(a, change.apply(ImmutableAward.copyOf(awards.get(a))));
    return ImmutablePolicy.copyOf(p).withAwards(awards);
  }

  private static Policy withAdjustment(Policy p, UnaryOperator<ImmutableAdjustment> change) {
    return ImmutablePolicy.copyOf(p)
        .withAdjustments(change.apply(ImmutableAdjustment.copyOf(p.adjustments().get(0))));
  }

  /** Tiers from (atLeast, points) pairs. */
  private static TiersScoring tiers(String... pairs) {
    List<Tier> tiers = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      tiers.add(Tier.of(d(pairs[i]), d(pairs[i + 1])));
    }
    return TiersScoring.of(tiers);
  }

  /** atMost tiers from (atMost, points) pairs. */
  private static TiersScoring atMostTiers(String... pairs) {
    List<Tier> tiers = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      tiers.add(Tier.atMost(d(pairs[i]), d(pairs[i + 1])));
    }
    return TiersScoring.of(tiers);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
