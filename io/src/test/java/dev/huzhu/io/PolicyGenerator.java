package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.BackboneShareMeasure;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.DispersionMeasure;
import dev.huzhu.evaluation.measure.DistinctKindsMeasure;
import dev.huzhu.evaluation.measure.DistinctMonthsMeasure;
import dev.huzhu.evaluation.measure.DistinctSchoolsMeasure;
import dev.huzhu.evaluation.measure.ExchangeShareMeasure;
import dev.huzhu.evaluation.measure.FollowUpCoverageMeasure;
import dev.huzhu.evaluation.measure.GapChangeMeasure;
import dev.huzhu.evaluation.measure.GapMeasure;
import dev.huzhu.evaluation.measure.ImprovementMeasure;
import dev.huzhu.evaluation.measure.ImprovementRateMeasure;
import dev.huzhu.evaluation.measure.LevelMeasure;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.MeanMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.MonthlyComplianceMeasure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.measure.ProfessionalMatchMeasure;
import dev.huzhu.evaluation.measure.ScoreMeasure;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.IndividualCriterion;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RatioToBestScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random valid policies, from a seed: every measure type with random filters, every scoring type,
 * adjustments, vetoes, grading with quotas, awards and bundling, subjects within some communities;
 * decimals of varied scales; ids,
 * labels and tags full of text that YAML would take for something else ({@code true}, {@code ~},
 * {@code a: b}, {@code - y}, several lines). Valid by construction: section points add up, each
 * measure applies to every kind of subject selected, tiers and bands descend.
 */
final class PolicyGenerator {
  /** Text YAML reads as something else when it is not quoted, and text that needs escapes. */
  static final List<String> AWKWARD = List.of("a: b", "#x", "- y", "中文", "true", "123", "null",
      "'q'", "yes", "no", "~", "line1\nline2", "ends with a line end\n", "say \"hi\"", "  spaced  ",
      "", "key: value # not a comment", "[list]", "{object}", "&anchor", "*alias", "!tag", "%dir",
      "@at", "`tick", "0x1F", "1e3", ".5", "2012-09-01", ".inf", ".nan", "NaN", "\ttab", "---",
      "...", "? q", "|", ">", "back\\slash", "Y", "off", "on", "0o17", "+1", "-5", "=SUM(A1:A9)",
      "中文: 混合 - 文本", "\r\nwindows", "emoji 🙂", "\u00a0nbsp");

  /** Ids (no spaces, no control characters) YAML would take for something else. */
  static final List<String> AWKWARD_IDS = List.of("true", "false", "123", "null", "~", "yes",
      "no", "a:b", "#x", "-y", "'q'", "中文", "1.0", "0x10", "2012-09-01", "*a", "&b", "!t", "@c",
      "%d", "[x]", "{y}", "x,y", "-", "?", ".nan", "\"dq\"", "Y", "off", "1e3");

  /** Decimals of varied scales: what a bureau writes (0.5, 12, 87.50, 0.05). */
  static final List<String> DECIMALS = List.of("0.5", "1.0", "12", "87.50", "0.05", "1", "2.25",
      "100", "0.125", "3", "7.0", "40", "15.5", "0.001", "60.00", "9");

  private enum Kinds { TEAMS, EXCHANGES, PARTY_PAIRINGS, MIXED, SCHOOLS, COMMUNITIES, PUPIL_PAIRINGS }

  private enum MeasureType {
    COUNT, SUM, MEAN, DISTINCT_MONTHS, DISTINCT_SCHOOLS, DISTINCT_KINDS, PER_MEMBER,
    FOLLOW_UP_COVERAGE, MONTHLY_COMPLIANCE, IMPROVEMENT, IMPROVEMENT_RATE, LEVEL, PROFESSIONAL_MATCH,
    GAP, GAP_CHANGE, DISPERSION, EXCHANGE_SHARE, BACKBONE_SHARE
  }

  private final Random random;
  private final Kinds kinds;
  private final Set<String> usedIds = new HashSet<>();
  private int next;

  private PolicyGenerator(long seed) {
    // java.util.Random's first draws of neighbouring seeds are alike: mix the seed first
    this.random = new Random(new java.util.SplittableRandom(seed).nextLong());
    this.kinds = pick(Kinds.values());
  }

  /** A valid policy; the same seed always gives the same policy. */
  static Policy generate(long seed) {
    return new PolicyGenerator(seed).policy();
  }

  private Policy policy() {
    LocalDate from = LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
    var b = Policy.builder().id(id()).title(text())
        .period(AssessmentPeriod.of(from, from.plusDays(random.nextInt(400))));
    SubjectSelection subjects = subjects();
    int sections = 1 + random.nextInt(3);
    for (int s = 0; s < sections; s++) {
      b.addSections(section());
    }
    repeat(random.nextInt(3), () -> b.addAdjustments(adjustment()));
    repeat(random.nextInt(3), () -> b.addVetoes(veto()));
    List<String> grades = new ArrayList<>();
    if (random.nextInt(4) > 0) {
      Grading g = grading();
      g.bands().forEach(band -> grades.add(band.id()));
      b.grading(g);
    }
    repeat(random.nextInt(4), () -> b.addAwards(award(grades)));
    if (random.nextInt(4) > 0) {
      b.bundling(bundling());
    }
    // drawn last, so that every other part of a seed's policy is what it was before within
    return b.subjects(within(subjects)).build();
  }

  /**
   * The selection, within one to three communities a third of the time; never with party
   * pairings, which belong to no community (the validator refuses that).
   */
  private SubjectSelection within(SubjectSelection subjects) {
    if (subjects.partyPairings() || random.nextInt(3) > 0) {
      return subjects;
    }
    List<String> ids = new ArrayList<>(AWKWARD_IDS);
    ids.addAll(List.of("c-bn", "c-zc", "共同体1"));
    return SubjectSelection.builder().copyFrom(subjects)
        .addAllWithin(some(ids.toArray(new String[0]), 1, 3))
        .build();
  }

  private SubjectSelection subjects() {
    var b = SubjectSelection.builder();
    switch (kinds) {
      case TEAMS:
        return b.addAllTeamKinds(some(TeamKind.values(), 1)).build();
      case EXCHANGES:
        return b.addAllExchangeKinds(some(ExchangeKind.values(), 1)).build();
      case PARTY_PAIRINGS:
        return b.partyPairings(true).build();
      case SCHOOLS:
        return b.addAllSchoolLocalities(some(Locality.values(), 1)).build();
      case COMMUNITIES:
        return b.communities(true).build();
      case PUPIL_PAIRINGS:
        return b.addAllStudentPairingKinds(some(StudentPairingKind.values(), 1)).build();
      default:
        // at least two of the three kinds of subject
        boolean teams = random.nextBoolean();
        boolean exchanges = !teams || random.nextBoolean();
        boolean pairings = !(teams && exchanges) || random.nextBoolean();
        if (teams) {
          b.addAllTeamKinds(some(TeamKind.values(), 1));
        }
        if (exchanges) {
          b.addAllExchangeKinds(some(ExchangeKind.values(), 1));
        }
        return b.partyPairings(pairings).build();
    }
  }

  private Section section() {
    var b = Section.builder().id(id()).label(text());
    BigDecimal sum = BigDecimal.ZERO;
    int metrics = 1 + random.nextInt(4);
    for (int m = 0; m < metrics; m++) {
      BigDecimal points = decimal();
      sum = sum.add(points);
      b.addMetrics(Metric.builder().id(id()).label(text()).points(points).measure(measure())
          .scoring(scoring(points)).build());
    }
    return b.points(sum).build();
  }

  private Scoring scoring(BigDecimal points) {
    switch (random.nextInt(5)) {
      case 0:
        return LinearScoring.of(decimal());
      case 1:
        // strictly descending thresholds, each tier worth 0 to the metric's points
        List<Tier> tiers = new ArrayList<>();
        BigDecimal atLeast = decimal().add(BigDecimal.valueOf(random.nextInt(20)));
        for (int t = 1 + random.nextInt(4); t > 0; t--) {
          BigDecimal share = BigDecimal.valueOf(random.nextInt(101)).movePointLeft(2);
          tiers.add(Tier.of(atLeast, points.multiply(share).setScale(points.scale(), RoundingMode.DOWN)));
          atLeast = atLeast.subtract(decimal());
        }
        return TiersScoring.of(tiers);
      case 2:
        return RelativeScoring.of();
      case 3:
        return RankScoring.of();
      default:
        return RatioToBestScoring.of();
    }
  }

  private Adjustment adjustment() {
    var b = Adjustment.builder().id(id()).type(pick(AdjustmentType.values())).measure(measure())
        .pointsEach(decimal());
    if (random.nextBoolean()) {
      b.label(text());
    }
    if (random.nextBoolean()) {
      b.cap(decimal());
    }
    return b.build();
  }

  private Veto veto() {
    var b = Veto.builder().id(id()).measure(measure()).atLeast(decimal());
    if (random.nextBoolean()) {
      b.label(text());
    }
    return b.build();
  }

  private Grading grading() {
    var b = Grading.builder();
    if (random.nextBoolean()) {
      b.quotaRounding(pick(QuotaRounding.values()));
    }
    int bands = 1 + random.nextInt(4);
    BigDecimal minTotal = decimal().add(BigDecimal.valueOf(10 * bands));
    for (int i = 0; i < bands; i++) {
      boolean last = i == bands - 1;
      var band = Band.builder().id(id()).label(text())
          .minTotal(last ? pick(List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("0.0")))
              : minTotal);
      if (!last && random.nextBoolean()) {
        band.quota(new BigDecimal(pick(List.of("0.3", "0.05", "1", "1.00", "0.5", "0.125"))));
      }
      b.addBands(band.build());
      minTotal = minTotal.subtract(BigDecimal.ONE.add(BigDecimal.valueOf(random.nextInt(9))));
    }
    return b.build();
  }

  private Award award(List<String> grades) {
    var b = Award.builder().id(id()).label(text());
    if (!grades.isEmpty()) {
      b.addAllBands(some(grades.toArray(new String[0]), 0));
    }
    if (random.nextBoolean()) {
      b.top(1 + random.nextInt(10));
    }
    if (random.nextBoolean()) {
      b.addAllRoles(some(TeamRole.values(), 1));
      if (random.nextBoolean()) {
        b.individual(IndividualCriterion.of(logMeasure(), decimal()));
      }
    }
    return b.build();
  }

  private Bundling bundling() {
    var b = Bundling.builder();
    if (random.nextBoolean()) {
      b.combination(pick(Combination.values()));
    }
    for (TeamRole role : some(TeamRole.values(), 0)) {
      b.putCoefficients(role, new BigDecimal(pick(List.of("1.0", "0.8", "0", "0.75", "1", "1.25"))));
    }
    return b.build();
  }

  /** Any measure that applies to every kind of subject selected. */
  private Measure measure() {
    List<MeasureType> types = new ArrayList<>(Arrays.asList(MeasureType.values()));
    if (kinds != Kinds.TEAMS && kinds != Kinds.SCHOOLS && kinds != Kinds.COMMUNITIES) {
      types.removeAll(List.of(MeasureType.IMPROVEMENT, MeasureType.IMPROVEMENT_RATE, MeasureType.LEVEL));
    }
    if (kinds != Kinds.COMMUNITIES) {
      types.removeAll(List.of(MeasureType.GAP, MeasureType.GAP_CHANGE, MeasureType.DISPERSION));
    }
    if (kinds != Kinds.SCHOOLS && kinds != Kinds.COMMUNITIES) {
      types.removeAll(List.of(MeasureType.EXCHANGE_SHARE, MeasureType.BACKBONE_SHARE));
    }
    if (kinds != Kinds.EXCHANGES) {
      types.remove(MeasureType.MONTHLY_COMPLIANCE);
    }
    if (kinds != Kinds.PARTY_PAIRINGS) {
      types.remove(MeasureType.PROFESSIONAL_MATCH);
    }
    return measure(pick(types));
  }

  /** A measure of the activity log that applies to every kind of subject selected. */
  private LogMeasure logMeasure() {
    List<MeasureType> types = new ArrayList<>(List.of(MeasureType.COUNT, MeasureType.SUM,
        MeasureType.MEAN, MeasureType.DISTINCT_MONTHS, MeasureType.DISTINCT_SCHOOLS,
        MeasureType.DISTINCT_KINDS, MeasureType.FOLLOW_UP_COVERAGE));
    if (kinds == Kinds.EXCHANGES) {
      types.add(MeasureType.MONTHLY_COMPLIANCE);
    }
    return (LogMeasure) measure(pick(types));
  }

  private Measure measure(MeasureType type) {
    switch (type) {
      case COUNT: {
        var b = CountMeasure.builder();
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case SUM: {
        var b = SumMeasure.builder().quantity(pick(Quantity.values()));
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case MEAN: {
        var b = MeanMeasure.builder().quantity(pick(Quantity.values()));
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case DISTINCT_MONTHS: {
        var b = DistinctMonthsMeasure.builder();
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case DISTINCT_SCHOOLS: {
        var b = DistinctSchoolsMeasure.builder();
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case DISTINCT_KINDS: {
        var b = DistinctKindsMeasure.builder();
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case PER_MEMBER:
        return PerMemberMeasure.of(logMeasure());
      case FOLLOW_UP_COVERAGE: {
        var b = FollowUpCoverageMeasure.builder().withinDays(random.nextInt(366));
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case MONTHLY_COMPLIANCE: {
        var b = MonthlyComplianceMeasure.builder();
        filters(b::addAllKinds, b::schoolSubject, b::grade, b::direction, b::addAllStages, b::addAllTags);
        return b.build();
      }
      case IMPROVEMENT: {
        var b = ImprovementMeasure.builder().test(pick(TestKind.values()));
        scoreFilters(b);
        return b.build();
      }
      case IMPROVEMENT_RATE: {
        var b = ImprovementRateMeasure.builder().test(pick(TestKind.values()));
        scoreFilters(b);
        return b.build();
      }
      case LEVEL: {
        var b = LevelMeasure.builder().test(pick(TestKind.values())).phase(pick(Phase.values()));
        scoreFilters(b);
        return b.build();
      }
      case PROFESSIONAL_MATCH:
        return ProfessionalMatchMeasure.of();
      case GAP: {
        var b = GapMeasure.builder().test(pick(TestKind.values())).phase(pick(Phase.values()));
        scoreFilters(b);
        return b.build();
      }
      case GAP_CHANGE: {
        var b = GapChangeMeasure.builder().test(pick(TestKind.values()));
        scoreFilters(b);
        return b.build();
      }
      case DISPERSION: {
        var b = DispersionMeasure.builder().test(pick(TestKind.values())).phase(pick(Phase.values()));
        scoreFilters(b);
        return b.build();
      }
      case EXCHANGE_SHARE:
        return ExchangeShareMeasure.builder().kinds(some(ExchangeKind.values(), 0)).build();
      case BACKBONE_SHARE:
        return BackboneShareMeasure.builder().kinds(some(ExchangeKind.values(), 0)).build();
      default:
        throw new AssertionError(type);
    }
  }

  /** A score measure's optional value read, school subject and grade. */
  private void scoreFilters(ScoreMeasure.Builder b) {
    if (random.nextBoolean()) {
      b.scoreValue(pick(ScoreValue.values()));
    }
    if (random.nextInt(3) == 0) {
      b.schoolSubject(pick(SchoolSubject.values()));
    }
    if (random.nextInt(3) == 0) {
      b.grade(1 + random.nextInt(9));
    }
  }

  private void filters(java.util.function.Consumer<List<ActivityKind>> kinds,
      java.util.function.Consumer<SchoolSubject> subject, java.util.function.Consumer<Integer> grade,
      java.util.function.Consumer<Direction> direction,
      java.util.function.Consumer<List<PreparationStage>> stages,
      java.util.function.Consumer<List<String>> tags) {
    if (random.nextInt(4) > 0) {
      kinds.accept(some(ActivityKind.values(), 0, 5));
    }
    if (random.nextInt(3) == 0) {
      subject.accept(pick(SchoolSubject.values()));
    }
    if (random.nextInt(3) == 0) {
      grade.accept(1 + random.nextInt(9));
    }
    if (random.nextInt(3) == 0) {
      direction.accept(pick(Direction.values()));
    }
    if (random.nextInt(3) == 0) {
      tags.accept(some(AWKWARD.toArray(new String[0]), 1, 3));
    }
    if (random.nextInt(4) == 0) {
      // stages are only valid where preparations can match: with every kind or with them
      stages.accept(some(PreparationStage.values(), 1, 3));
      kinds.accept(List.of(ActivityKind.LESSON_PREPARATION, ActivityKind.THEMATIC_ACTIVITY));
    }
  }

  /** A fresh id: an awkward one while they last, else a plain one. */
  private String id() {
    if (random.nextInt(3) == 0) {
      String awkward = pick(AWKWARD_IDS);
      if (usedIds.add(awkward)) {
        return awkward;
      }
    }
    String plain;
    do {
      plain = pick(List.of("m", "s", "组", "x-")) + next++;
    } while (!usedIds.add(plain));
    return plain;
  }

  private String text() {
    return random.nextInt(3) == 0 ? "指标 " + random.nextInt(100) : pick(AWKWARD);
  }

  private BigDecimal decimal() {
    return new BigDecimal(pick(DECIMALS));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Between {@code min} and all of the values, distinct, in random order. */
  private <T> List<T> some(T[] values, int min) {
    return some(values, min, values.length);
  }

  private <T> List<T> some(T[] values, int min, int max) {
    List<T> shuffled = new ArrayList<>(Arrays.asList(values));
    java.util.Collections.shuffle(shuffled, random);
    int n = min + random.nextInt(Math.min(max, values.length) - min + 1);
    return ImmutableList.copyOf(new LinkedHashSet<>(shuffled.subList(0, n)));
  }

  private void repeat(int times, Runnable action) {
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }
}
