package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The activities built to match a measure, and the subjects chosen to receive them. */
class ProbesTest {
  static final Dataset DATASET = SyntheticDatasets.generate(7, Scale.of(1, 1, 200)).dataset();
  static final Report ZHUCHENG = Assessment.of(BuiltInPolicies.zhuchengBundled()).run(DATASET);

  @Test
  void theKindIsTheFirstInDeclarationOrder() {
    // DEMONSTRATION_LESSON (示范课) is declared before THEMATIC_ACTIVITY (专题活动)
    assertThat(Probes.kind(Measures.count(ActivityKind.THEMATIC_ACTIVITY,
        ActivityKind.DEMONSTRATION_LESSON), SubjectKind.TEAM)).hasValue(ActivityKind.DEMONSTRATION_LESSON);
    assertThat(Probes.kind(Measures.count(), SubjectKind.PARTY_PAIRING)).hasValue(ActivityKind.JOINT_ACTIVITY);
    assertThat(Probes.kind(Measures.count(), SubjectKind.EXCHANGE)).hasValue(ActivityKind.DEMONSTRATION_LESSON);
    assertThat(Probes.kind(Measures.count(), SubjectKind.TEAM)).hasValue(ActivityKind.TEACHING_RESEARCH);
  }

  @Test
  void aDirectionAsksForASentLesson() {
    CountMeasure anyKind = CountMeasure.builder().direction(Direction.URBAN_TO_RURAL).build();
    CountMeasure withSent = CountMeasure.builder().addKinds(ActivityKind.LECTURE, ActivityKind.SENT_LESSON)
        .direction(Direction.URBAN_TO_RURAL).build();
    CountMeasure without = CountMeasure.builder().addKinds(ActivityKind.LECTURE)
        .direction(Direction.URBAN_TO_RURAL).build();

    assertThat(Probes.kind(anyKind, SubjectKind.TEAM)).hasValue(ActivityKind.SENT_LESSON);
    assertThat(Probes.kind(withSent, SubjectKind.TEAM)).hasValue(ActivityKind.SENT_LESSON);
    assertThat(Probes.unsatisfiable(withSent)).isEmpty();
    assertThat(Probes.unsatisfiable(without)).hasValue("its filters ask for a direction, which only"
        + " a SENT_LESSON has, but its kinds [LECTURE] exclude it");
  }

  @Test
  void aGradeNoActivityCanHaveMakesTheMeasureUnsatisfiable() {
    CountMeasure grade12 = CountMeasure.builder().addKinds(ActivityKind.LECTURE).grade(12).build();

    assertThat(Probes.unsatisfiable(grade12)).hasValue("no activity can carry its filters:"
        + " INVALID_GRADE at grade: grade 12 is outside 1–9");
  }

  @Test
  void aProbeMatchesItsMeasureAndIsValid() {
    SumMeasure lessons = SumMeasure.builder().quantity(Quantity.LESSONS)
        .addKinds(ActivityKind.SENT_LESSON).schoolSubject(SchoolSubject.MATH).grade(3)
        .direction(Direction.URBAN_TO_RURAL).addTags("送教下乡").build();
    SubjectResult group = ZHUCHENG.subject("g1-math3").orElseThrow();

    ImmutableList<Activity> probes = Probes.matching(DATASET, group, lessons,
        LocalDate.of(2012, 9, 1), new BigDecimal("2"), 2);

    assertThat(probes).extracting(Activity::id).containsExactly("probe-1", "probe-2");
    Activity probe = probes.get(0);
    assertThat(lessons.matches(probe)).isTrue();
    assertThat(probe.credited()).containsExactly("g1-math3");
    assertThat(probe.participants()).containsExactly(Participant.lead(group.members().get(0).person()));
    assertThat(probe.host()).hasValue("s1-0"); // the leader teaches at the core school
    assertThat(probe.quantities()).isEqualTo(Map.of(Quantity.LESSONS, new BigDecimal("2")));
    assertThat(probe.tags()).containsExactly("送教下乡");
    assertThat(DatasetValidator.validateLogRecord(DATASET, probe)).isEmpty();
  }

  @Test
  void theDateIsTheFirstDayBothThePeriodAndTheSubjectAllow() {
    Report exchanges = Assessment.of(BuiltInPolicies.exchangeTeacher()).run(DATASET);
    SubjectResult teaching = exchanges.subjects().get(0);
    // the teaching exchanges' terms are the fall term, 2012-09-01 to 2013-01-31
    assertThat(Probes.date(DATASET, AssessmentPeriod.of(LocalDate.of(2012, 10, 8), LocalDate.of(2013, 6, 30)),
        teaching)).hasValue(LocalDate.of(2012, 10, 8));
    assertThat(Probes.date(DATASET, AssessmentPeriod.of(LocalDate.of(2012, 6, 1), LocalDate.of(2012, 12, 31)),
        teaching)).hasValue(LocalDate.of(2012, 9, 1));
    assertThat(Probes.date(DATASET, AssessmentPeriod.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 6, 30)),
        teaching)).isEmpty();
    // community c1 was established on 2011-03-08
    SubjectResult group = ZHUCHENG.subject("g1-math3").orElseThrow();
    assertThat(Probes.date(DATASET, AssessmentPeriod.of(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)),
        group)).hasValue(LocalDate.of(2011, 3, 8));
  }

  @Test
  void aTotalAboveTheQuantitysMaximumIsSpreadOverSeveralProbes() {
    SumMeasure ratings = Measures.sum(Quantity.RATING, ActivityKind.LESSON_OBSERVATION);
    SubjectResult group = ZHUCHENG.subject("g1-math3").orElseThrow();
    LocalDate day = LocalDate.of(2012, 9, 1);

    // a rating is at most 100: 250 is 100 + 100 + 50
    assertThat(Probes.matchingTotal(DATASET, group, ratings, day, d("250")).orElseThrow())
        .extracting(a -> a.quantity(Quantity.RATING).orElseThrow())
        .containsExactly(new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("50"));
    assertThat(Probes.matchingTotal(DATASET, group, ratings, day, d("100")).orElseThrow())
        .extracting(a -> a.quantity(Quantity.RATING).orElseThrow())
        .containsExactly(new BigDecimal("100"));
    // 1,000 probes at most: 100,000 is 1,000 of 100, and 100,050 would take a 1,001st
    assertThat(Probes.matchingTotal(DATASET, group, ratings, day, new BigDecimal("100000"))
        .orElseThrow()).hasSize(1000);
    assertThat(Probes.matchingTotal(DATASET, group, ratings, day, d("100050"))).isEmpty();
    // a quantity without a maximum is one probe, however large
    assertThat(Probes.matchingTotal(DATASET, group, Measures.sum(Quantity.MATERIALS,
        ActivityKind.MATERIAL_SHARE), day, new BigDecimal("5000")).orElseThrow()).hasSize(1);
  }

  @Test
  void aSumScoredWithTiersIsAlsoProbedAtEachThresholdAboveX() {
    TiersScoring funds = TiersScoring.of(List.of(tier("20000", "5"), tier("5000", "15")));
    SumMeasure amount = Measures.sum(Quantity.AMOUNT_YUAN, ActivityKind.FUNDS_COORDINATED);

    // 1 yuan, and what brings x exactly to each threshold above it
    assertThat(MatchingActivityNeverLowers.increments(metric(amount, funds), amount,
        subject("15500", 2))).containsExactly(d("1"), d("4500"));
    assertThat(MatchingActivityNeverLowers.increments(metric(amount, funds), amount,
        subject("3000", 2))).containsExactly(d("1"), d("2000"), d("17000"));
    assertThat(MatchingActivityNeverLowers.increments(metric(amount, funds), amount,
        subject("20000", 2))).containsExactly(d("1"));
    // per member of 3, 10,000 yuan is x = 3333.3333, and x × 3 = 9,999.9999: 5,000.0001 more
    // makes 15,000.0001 / 3 = 5000.0000333…, which rounds to the threshold 5000.0000; 60,000 −
    // 9,999.9999 = 50,000.0001 more makes 60,000.0001 / 3, which rounds to 20000.0000
    assertThat(MatchingActivityNeverLowers.increments(metric(Measures.perMember(amount), funds),
        amount, subject("3333.3333", 3))).containsExactly(d("1"), d("5000.0001"), d("50000.0001"));
    // lessons per member of 3, 4 lessons: x = 1.3333. Lessons are whole, so x × 3 = 3.9999 is
    // 4 lessons; x = 2 needs 6 (2 more), x = 5 needs 15 (11 more), x = 1.5 needs 4.5, so 5 (1
    // more, the first probe's); x = 1 is already reached
    SumMeasure lessons = Measures.sum(Quantity.LESSONS, ActivityKind.DEMONSTRATION_LESSON);
    TiersScoring perMember = TiersScoring.of(List.of(tier("5", "15"), tier("2", "9"),
        tier("1.5", "6"), tier("1", "5")));
    assertThat(MatchingActivityNeverLowers.increments(
        metric(Measures.perMember(lessons), perMember), lessons, subject("1.3333", 3)))
        .containsExactly(d("1"), d("2"), d("11"));
    // a count moves one at a time; a sum scored otherwise has no thresholds
    CountMeasure thematic = Measures.count(ActivityKind.THEMATIC_ACTIVITY);
    assertThat(MatchingActivityNeverLowers.increments(metric(thematic, perMember), thematic,
        subject("1", 3))).containsExactly(d("1"));
    assertThat(MatchingActivityNeverLowers.increments(metric(amount, LinearScoring.of(d("20000"))),
        amount, subject("3000", 2))).containsExactly(d("1"));
  }

  @Test
  void onlyCountsAndSumsAreProbed() {
    FilteredLogMeasure count = Measures.count(ActivityKind.LECTURE);
    assertThat(Probes.countOrSum(count)).hasValue(count);
    assertThat(Probes.countOrSum(Measures.perMember(count))).hasValue(count);
    assertThat(Probes.countOrSum(Measures.mean(Quantity.RATING))).isEmpty();
    assertThat(Probes.countOrSum(Measures.distinctMonths())).isEmpty();
    assertThat(Probes.countOrSum(Measures.perMember(Measures.distinctKinds()))).isEmpty();
  }

  @Test
  void subjectsAreSpreadOverTheirValues() {
    // ten subjects s0..s9 with x = 0..9, and two more with x = 0 and none: five places go to the
    // values at positions 0, (9 + 2) / 4 = 2, (18 + 2) / 4 = 5, (27 + 2) / 4 = 7 and (36 + 2) / 4 = 9
    Map<String, Optional<BigDecimal>> x = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      x.put("s" + i, Optional.of(BigDecimal.valueOf(i)));
    }
    x.put("t0", Optional.of(BigDecimal.ZERO));
    x.put("u", Optional.empty());
    List<SubjectResult> subjects = x.keySet().stream().sorted().map(ProbesTest::subject).toList();

    assertThat(Sample.spread(subjects, s -> x.get(s.id()), 5)).extracting(SubjectResult::id)
        .containsExactly("s0", "s2", "s5", "s7", "s9");
    // fewer values than places: one per value, lowest first, then the others by id
    Map<String, Optional<BigDecimal>> few = Map.of("a", Optional.of(BigDecimal.ONE), "b",
        Optional.of(BigDecimal.ONE), "c", Optional.of(BigDecimal.ZERO), "d", Optional.empty());
    assertThat(Sample.spread(few.keySet().stream().sorted().map(ProbesTest::subject).toList(),
        s -> few.get(s.id()), 5)).extracting(SubjectResult::id).containsExactly("c", "a", "b");
  }

  private static Metric metric(Measure measure, Scoring scoring) {
    return Metric.builder().id("m").label("m").points(d("15")).measure(measure).scoring(scoring)
        .build();
  }

  /** A team with {@code members} members and x of metric m. */
  private static SubjectResult subject(String x, int members) {
    ImmutableSubjectResult.Builder s = SubjectResult.builder().id("t").kind(SubjectKind.TEAM)
        .label("t").order(1).rank(1).total(BigDecimal.ZERO).vetoed(false)
        .addSections(SectionResult.builder().id("s").label("s").maxPoints(d("15")).points(d("0"))
            .addMetrics(MetricResult.builder().id("m").label("m").maxPoints(d("15")).value(d(x))
                .points(d("0")).evidence(Evidence.none()).build())
            .build());
    for (int i = 0; i < members; i++) {
      s.addMembers(SubjectMember.of("p" + i, i == 0 ? TeamRole.LEADER : TeamRole.MEMBER));
    }
    return s.build();
  }

  private static Tier tier(String atLeast, String points) {
    return Tier.of(d(atLeast), d(points));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static SubjectResult subject(String id) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(id).order(1).rank(1)
        .total(BigDecimal.ZERO).vetoed(false).build();
  }
}
