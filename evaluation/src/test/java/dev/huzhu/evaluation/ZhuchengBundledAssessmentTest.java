package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.CHANGCHENG;
import static dev.huzhu.evaluation.Fixtures.CORE;
import static dev.huzhu.evaluation.Fixtures.HUANGHUA;
import static dev.huzhu.evaluation.Fixtures.JI_YONGMEI;
import static dev.huzhu.evaluation.Fixtures.LINJIA;
import static dev.huzhu.evaluation.Fixtures.LI_WEI;
import static dev.huzhu.evaluation.Fixtures.SUN_LEI;
import static dev.huzhu.evaluation.Fixtures.WANG_FANG;
import static dev.huzhu.evaluation.Fixtures.XINXING;
import static dev.huzhu.evaluation.Fixtures.ZHANG_LI;
import static dev.huzhu.evaluation.Fixtures.ZHAO_MIN;
import static dev.huzhu.evaluation.Fixtures.ZHU_BAIYU;
import static dev.huzhu.evaluation.Fixtures.deputy;
import static dev.huzhu.evaluation.Fixtures.leader;
import static dev.huzhu.evaluation.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.ImmutableGrading;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 诸城 中心教研组捆绑考核 ({@link BuiltInPolicies#zhuchengBundled()}) on a hand-built term of
 * 诸城市实验小学城乡互助共同体 (实验小学 core; 辛兴、林家村、昌城、皇华 members), fall 2012
 * (2012-09-01 to 2013-01-31), with every figure computed by hand below.
 *
 * <p>Two 三年级 research groups, each of 4 members:
 * <ul>
 *   <li>g-math3 三年级数学中心教研组: 李伟 LEADER (实验小学), 王芳 DEPUTY (辛兴), 张丽 DEPUTY
 *       (林家村), 纪永梅 MEMBER (实验小学). Score units: 实验小学, 辛兴, 林家村 × grade 3 × 数学.</li>
 *   <li>g-chinese3 三年级语文中心教研组: 朱佰玉 LEADER (实验小学), 赵敏 DEPUTY (昌城), 孙磊 DEPUTY
 *       (皇华), 纪永梅 MEMBER. Score units: 实验小学, 昌城, 皇华 × grade 3 × 语文.</li>
 * </ul>
 *
 * <p>The policy: process 40 = materials 10 (sum of materials shared, linear 12) + thematic 15
 * (count of 专题活动, tiers 4→15, 2→9, 1→5) + lessons 15 (lessons taught per member, linear 2);
 * outcome 60 = quality 40 (QUALITY_TEST improvement, relative) + spotcheck 20 (SPOT_CHECK
 * improvement rate, rank); bonus 0.5 per distinct month with any activity, at most 2; veto on any
 * 违规; EXCELLENT ≥ 85 (30%, floor), GOOD ≥ 70, PASS ≥ 60, FAIL; all coefficients 1.0, maximum.
 *
 * <p>g-math3:
 * <pre>
 *   materials  5 + 4 + 4 = 13 (the 6 of 2012-08-30 is before the term) → 10 × min(13, 12) / 12 = 10.00
 *   thematic   3 (Sep, Oct, Nov) → highest tier reached: 2 → 9.00
 *   lessons    (2 + 2 + 1 + 1) / 4 = 1.5 → 15 × 1.5 / 2 = 11.25
 *   process    10.00 + 9.00 + 11.25 = 30.25
 *   quality    baseline (45×82.5 + 32×68.5 + 28×70.0) / 105 = 7864.5 / 105 = 74.9
 *              final    (45×85.0 + 32×74.0 + 28×73.5) / 105 = 8251 / 105 = 78.5809…
 *              x = 386.5 / 105 = 3.680952… → 3.6810
 *   spotcheck  baseline (32×60 + 28×65) / 60 = 3740 / 60; final (32×66 + 28×68) / 60 = 4016 / 60
 *              x = 276 / 3740 = 0.073796… → 0.0738
 *   regular    months Sep, Oct, Nov = 3 → 0.5 × 3 = 1.50
 * </pre>
 * g-chinese3:
 * <pre>
 *   materials  3 + 4 = 7 → 10 × 7 / 12 = 5.8333… → 5.83
 *   thematic   4 (Oct, Dec, Jan, Jan; the one of 2013-02-20 is after the term) → 15.00
 *   lessons    (1 + 2 + 1 + 1) / 4 = 1.25 → 15 × 1.25 / 2 = 9.375 → 9.38
 *   process    5.83 + 15.00 + 9.38 = 30.21
 *   quality    皇华 has no FINAL: its unit is left out.
 *              baseline (45×86 + 30×71) / 75 = 6000 / 75 = 80; final (45×87 + 30×75) / 75 = 6165 / 75 = 82.2
 *              x = 2.2 → 2.2000
 *   spotcheck  baseline (30×70 + 25×64) / 55 = 3700 / 55; final (30×72 + 25×65) / 55 = 3785 / 55
 *              x = 85 / 3700 = 0.022972… → 0.0230
 *   regular    months Sep, Oct, Nov, Dec, Jan = 5 → min(0.5 × 5, 2) = 2.00
 * </pre>
 * Comparative metrics: quality relative over {3.6810, 2.2000}: g-math3 40 × (3.6810 − 2.2000) /
 * (3.6810 − 2.2000) = 40.00, g-chinese3 0.00; spotcheck rank among 2: g-math3 rank 1 → 20 × (2 −
 * 1) / (2 − 1) = 20.00, g-chinese3 rank 2 → 20 × 0 / 1 = 0.00.
 *
 * <p>Totals: g-math3 30.25 + 60.00 + 1.50 = 91.75; g-chinese3 30.21 + 0.00 + 2.00 = 32.21.
 * Grades: 30% of 2 = 0.6 → floor → 0 优秀 seats, so g-math3 (91.75 ≥ 85) is GOOD; g-chinese3 FAIL.
 */
class ZhuchengBundledAssessmentTest {

  private static final String MATH = "g-math3";
  private static final String CHINESE = "g-chinese3";

  private static final Report REPORT = Assessment.of(BuiltInPolicies.zhuchengBundled()).run(data());

  // ---- g-math3, metric by metric

  @Test
  void mathMaterialsAreCappedAtTheTarget() {
    // 5 + 4 + 4 = 13 → 10 × 12 / 12 = 10.00; the 2012-08-30 share is not evidence
    MetricResult m = metric(MATH, "materials");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("13"));
    assertThat(m.points().toPlainString()).isEqualTo("10.00");
    assertThat(m.evidence().ids()).containsExactlyInAnyOrder("a-m-0914", "a-m-1019", "a-m-1116");
  }

  @Test
  void mathThematicActivitiesReachTheSecondTier() {
    // 3 → tier atLeast 2 → 9.00
    MetricResult m = metric(MATH, "thematic");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    assertThat(m.points().toPlainString()).isEqualTo("9.00");
  }

  @Test
  void mathLessonsPerMember() {
    // (2 + 2 + 1 + 1) / 4 = 1.5 → 15 × 1.5 / 2 = 11.25
    MetricResult m = metric(MATH, "lessons");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
    assertThat(m.points().toPlainString()).isEqualTo("11.25");
  }

  @Test
  void mathQualityImprovement() {
    // 386.5 / 105 = 3.680952… → 3.6810; the best of two under relative → 40.00
    MetricResult m = metric(MATH, "quality");
    assertThat(m.value().orElseThrow().toPlainString()).isEqualTo("3.6810");
    assertThat(m.points().toPlainString()).isEqualTo("40.00");
    // 3 units × 2 phases; 昌城's grade-3 数学 and 辛兴's grade-4 数学 are not the group's
    assertThat(m.evidence().count()).isEqualTo(6);
  }

  @Test
  void mathSpotCheckImprovementRate() {
    // 276 / 3740 = 0.073796… → 0.0738; rank 1 of 2 → 20.00
    MetricResult m = metric(MATH, "spotcheck");
    assertThat(m.value().orElseThrow().toPlainString()).isEqualTo("0.0738");
    assertThat(m.points().toPlainString()).isEqualTo("20.00");
  }

  @Test
  void mathSectionsBonusAndTotal() {
    SubjectResult s = subject(MATH);
    assertThat(s.section("process").orElseThrow().points().toPlainString()).isEqualTo("30.25");
    assertThat(s.section("outcome").orElseThrow().points().toPlainString()).isEqualTo("60.00");
    // 3 months × 0.5 = 1.50
    assertThat(s.adjustments()).extracting(a -> a.id(), a -> a.points().toPlainString())
        .containsExactly(tuple("regular", "1.50"));
    // 30.25 + 60.00 + 1.50 = 91.75
    assertThat(s.total().toPlainString()).isEqualTo("91.75");
  }

  // ---- g-chinese3, metric by metric

  @Test
  void chineseMaterialsAreLinear() {
    // 3 + 4 = 7 → 10 × 7 / 12 = 5.8333… → 5.83
    MetricResult m = metric(CHINESE, "materials");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    assertThat(m.points().toPlainString()).isEqualTo("5.83");
  }

  @Test
  void chineseThematicActivitiesReachTheTopTier() {
    // 4 in the term (2013-02-20 is after it) → 15.00
    MetricResult m = metric(CHINESE, "thematic");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
    assertThat(m.points().toPlainString()).isEqualTo("15.00");
    assertThat(m.evidence().count()).isEqualTo(4);
    assertThat(m.evidence().ids()).doesNotContain("a-c-0220");
  }

  @Test
  void chineseLessonsPerMemberRoundHalfUp() {
    // (1 + 2 + 1 + 1) / 4 = 1.25 → 15 × 1.25 / 2 = 9.375 → 9.38
    MetricResult m = metric(CHINESE, "lessons");
    assertThat(m.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.25"));
    assertThat(m.points().toPlainString()).isEqualTo("9.38");
  }

  @Test
  void chineseQualityImprovementLeavesOutAUnitWithoutAFinal() {
    // (6165 − 6000) / 75 = 2.2 → 2.2000; the lowest of two under relative → 0.00
    MetricResult m = metric(CHINESE, "quality");
    assertThat(m.value().orElseThrow().toPlainString()).isEqualTo("2.2000");
    assertThat(m.points().toPlainString()).isEqualTo("0.00");
    assertThat(m.isMissing()).isFalse();
    // 实验小学 and 昌城, both phases; 皇华's lone baseline is not evidence
    assertThat(m.evidence().count()).isEqualTo(4);
  }

  @Test
  void chineseSpotCheckImprovementRate() {
    // 85 / 3700 = 0.022972… → 0.0230; rank 2 of 2 → 0.00
    MetricResult m = metric(CHINESE, "spotcheck");
    assertThat(m.value().orElseThrow().toPlainString()).isEqualTo("0.0230");
    assertThat(m.points().toPlainString()).isEqualTo("0.00");
  }

  @Test
  void chineseSectionsBonusAndTotal() {
    SubjectResult s = subject(CHINESE);
    // 5.83 + 15.00 + 9.38 = 30.21
    assertThat(s.section("process").orElseThrow().points().toPlainString()).isEqualTo("30.21");
    assertThat(s.section("outcome").orElseThrow().points().toPlainString()).isEqualTo("0.00");
    // 5 months: min(2.5, 2) = 2.00
    assertThat(s.adjustments().get(0).points().toPlainString()).isEqualTo("2.00");
    // 30.21 + 0.00 + 2.00 = 32.21
    assertThat(s.total().toPlainString()).isEqualTo("32.21");
  }

  // ---- the whole report

  @Test
  void orderRankAndGrades() {
    // 30% of 2 = 0.6 → floor → 0 优秀 seats: g-math3 reaches 85 but is GOOD
    assertThat(REPORT.subjects()).extracting(SubjectResult::id, SubjectResult::order,
        SubjectResult::rank, s -> s.total().toPlainString(), s -> s.band().orElseThrow(),
        SubjectResult::vetoed)
        .containsExactly(tuple(MATH, 1, 1, "91.75", "GOOD", false),
            tuple(CHINESE, 2, 2, "32.21", "FAIL", false));
  }

  @Test
  void awardsWithNoExcellentSeat() {
    assertThat(REPORT.award("outstanding-group").orElseThrow().subjects()).isEmpty();
    assertThat(REPORT.award("outstanding-leader").orElseThrow().people()).isEmpty();
    // from GOOD g-math3: 王芳 led 2 lessons (1115, 1122); 纪永梅 led 1 (1108), 张丽 none.
    // g-chinese3 is FAIL, so 赵敏 (2 led) is not named.
    assertThat(REPORT.award("outstanding-teacher").orElseThrow().people())
        .extracting(AwardedPerson::person, AwardedPerson::subject, AwardedPerson::role,
            p -> p.value().orElseThrow().intValueExact())
        .containsExactly(tuple(WANG_FANG, MATH, TeamRole.DEPUTY, 2));
  }

  @Test
  void personalPointsCarryTheGroupsTotal() {
    // coefficient 1.0 for every role; 纪永梅 is in both groups: max(91.75, 32.21) = 91.75.
    // 91.75: p-jiym, p-liwei, p-lj-zhangl, p-xx-wangf; 32.21: p-cc-zhaom, p-hh-sunl, p-zhuby
    assertThat(REPORT.personal()).extracting(PersonalPoints::person,
        p -> p.name().orElseThrow(), p -> p.points().toPlainString())
        .containsExactly(tuple(JI_YONGMEI, "纪永梅", "91.75"), tuple(LI_WEI, "李伟", "91.75"),
            tuple(ZHANG_LI, "张丽", "91.75"), tuple(WANG_FANG, "王芳", "91.75"),
            tuple(ZHAO_MIN, "赵敏", "32.21"), tuple(SUN_LEI, "孙磊", "32.21"),
            tuple(ZHU_BAIYU, "朱佰玉", "32.21"));
    assertThat(REPORT.person(JI_YONGMEI).orElseThrow().sources())
        .extracting(s -> s.subject(), s -> s.points().toPlainString())
        .containsExactlyInAnyOrder(tuple(MATH, "91.75"), tuple(CHINESE, "32.21"));
  }

  @Test
  void theExplanationReAddsEachTotal() {
    assertThat(REPORT.explain(MATH)).contains("30.25 / 40 = 10.00 + 9.00 + 11.25")
        .contains("60.00 / 60 = 40.00 + 20.00")
        .contains("total = 30.25 + 60.00 + 1.50 = 91.75");
    assertThat(REPORT.explain(CHINESE)).contains("30.21 / 40 = 5.83 + 15.00 + 9.38")
        .contains("total = 30.21 + 0.00 + 2.00 = 32.21");
  }

  @Test
  void withCeilingRoundingTheBestGroupIsExcellentAndItsPeopleAreAwarded() {
    // 30% of 2 = 0.6 → ceiling → 1 seat: g-math3 (91.75 ≥ 85) is EXCELLENT
    Policy zc = BuiltInPolicies.zhuchengBundled();
    Policy ceiling = ImmutablePolicy.copyOf(zc).withGrading(
        ImmutableGrading.copyOf(zc.grading().orElseThrow()).withQuotaRounding(QuotaRounding.CEILING));
    Report r = Assessment.of(ceiling).run(data());
    assertThat(r.subjects()).extracting(SubjectResult::id, s -> s.band().orElseThrow())
        .containsExactly(tuple(MATH, "EXCELLENT"), tuple(CHINESE, "FAIL"));
    assertThat(r.award("outstanding-group").orElseThrow().subjects()).containsExactly(MATH);
    assertThat(r.award("outstanding-leader").orElseThrow().people())
        .extracting(AwardedPerson::person, AwardedPerson::role)
        .containsExactly(tuple(LI_WEI, TeamRole.LEADER));
    assertThat(r.award("outstanding-teacher").orElseThrow().people())
        .extracting(AwardedPerson::person).containsExactly(WANG_FANG);
  }

  @Test
  void misconductVetoesTheBestGroup() {
    // a 违规 in November (a month already counted: the bonus stays 1.50): g-math3 keeps 91.75
    // and rank 1 but is FAIL, and 王芳 is no longer an outstanding teacher
    List<Activity> log = new ArrayList<>(log());
    log.add(a("a-m-misconduct", MATH, 2012, 11, 30, ActivityKind.MISCONDUCT).host(XINXING).build());
    Report r = Assessment.of(BuiltInPolicies.zhuchengBundled())
        .run(Dataset.builder().copyFrom(data()).activities(log).build());
    SubjectResult math = r.subject(MATH).orElseThrow();
    assertThat(math.vetoed()).isTrue();
    assertThat(math.total().toPlainString()).isEqualTo("91.75");
    assertThat(math.rank()).isEqualTo(1);
    assertThat(math.band()).contains("FAIL");
    assertThat(r.award("outstanding-teacher").orElseThrow().people()).isEmpty();
  }

  @Test
  void theDatasetIsValid() {
    assertThat(data().validate()).isEmpty();
  }

  // ---- the dataset

  private static SubjectResult subject(String id) {
    return REPORT.subject(id).orElseThrow();
  }

  private static MetricResult metric(String subject, String metric) {
    return subject(subject).metric(metric).orElseThrow();
  }

  static Dataset data() {
    List<Team> teams = List.of(
        Team.builder().id(MATH).kind(TeamKind.SUBJECT_RESEARCH_GROUP).name("三年级数学中心教研组")
            .community("c-zc").schoolSubject(SchoolSubject.MATH).grade(3)
            .addMembers(leader(LI_WEI), deputy(WANG_FANG), deputy(ZHANG_LI), member(JI_YONGMEI))
            .build(),
        Team.builder().id(CHINESE).kind(TeamKind.SUBJECT_RESEARCH_GROUP).name("三年级语文中心教研组")
            .community("c-zc").schoolSubject(SchoolSubject.CHINESE).grade(3)
            .addMembers(leader(ZHU_BAIYU), deputy(ZHAO_MIN), deputy(SUN_LEI), member(JI_YONGMEI))
            .build());
    return Fixtures.dataset(teams, log()).addAllScores(scores()).build();
  }

  private static List<Activity> log() {
    return List.of(
        // g-math3: 交流材料 (通用教案、课件)
        materials("a-m-0830", MATH, 2012, 8, 30, 6),
        materials("a-m-0914", MATH, 2012, 9, 14, 5),
        materials("a-m-1019", MATH, 2012, 10, 19, 4),
        materials("a-m-1116", MATH, 2012, 11, 16, 4),
        // g-math3: 专题活动
        a("a-m-0926", MATH, 2012, 9, 26, ActivityKind.THEMATIC_ACTIVITY).host(CORE).build(),
        a("a-m-1024", MATH, 2012, 10, 24, ActivityKind.THEMATIC_ACTIVITY).host(XINXING).build(),
        a("a-m-1128", MATH, 2012, 11, 28, ActivityKind.THEMATIC_ACTIVITY).host(LINJIA).build(),
        // g-math3: 示范课 and 送课
        lesson("a-m-1011", MATH, 2012, 10, 11, ActivityKind.DEMONSTRATION_LESSON, 2, LI_WEI,
            ZHANG_LI).host(CORE).build(),
        lesson("a-m-1108", MATH, 2012, 11, 8, ActivityKind.SENT_LESSON, 2, JI_YONGMEI, WANG_FANG,
            ZHANG_LI).host(XINXING).direction(Direction.URBAN_TO_RURAL).build(),
        lesson("a-m-1115", MATH, 2012, 11, 15, ActivityKind.DEMONSTRATION_LESSON, 1, WANG_FANG)
            .host(XINXING).build(),
        lesson("a-m-1122", MATH, 2012, 11, 22, ActivityKind.SENT_LESSON, 1, WANG_FANG)
            .host(CORE).direction(Direction.RURAL_TO_URBAN).build(),
        // g-chinese3
        materials("a-c-0920", CHINESE, 2012, 9, 20, 3),
        materials("a-c-1122", CHINESE, 2012, 11, 22, 4),
        a("a-c-1017", CHINESE, 2012, 10, 17, ActivityKind.THEMATIC_ACTIVITY).host(CORE).build(),
        a("a-c-1219", CHINESE, 2012, 12, 19, ActivityKind.THEMATIC_ACTIVITY).host(CHANGCHENG)
            .build(),
        a("a-c-0109", CHINESE, 2013, 1, 9, ActivityKind.THEMATIC_ACTIVITY).host(HUANGHUA).build(),
        a("a-c-0116", CHINESE, 2013, 1, 16, ActivityKind.THEMATIC_ACTIVITY).host(CORE).build(),
        a("a-c-0220", CHINESE, 2013, 2, 20, ActivityKind.THEMATIC_ACTIVITY).host(CORE).build(),
        lesson("a-c-1025", CHINESE, 2012, 10, 25, ActivityKind.DEMONSTRATION_LESSON, 1, ZHU_BAIYU)
            .host(CORE).build(),
        lesson("a-c-1129", CHINESE, 2012, 11, 29, ActivityKind.SENT_LESSON, 2, JI_YONGMEI,
            ZHAO_MIN).host(CHANGCHENG).direction(Direction.URBAN_TO_RURAL).build(),
        lesson("a-c-1205", CHINESE, 2012, 12, 5, ActivityKind.DEMONSTRATION_LESSON, 1, ZHAO_MIN)
            .host(CHANGCHENG).build(),
        lesson("a-c-0110", CHINESE, 2013, 1, 10, ActivityKind.DEMONSTRATION_LESSON, 1, ZHAO_MIN)
            .host(CHANGCHENG).build());
  }

  private static List<ScoreRecord> scores() {
    return List.of(
        // 教学质量检测, 三年级数学
        score(CORE, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.BASELINE, 45, "82.5"),
        score(CORE, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.FINAL, 45, "85.0"),
        score(XINXING, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.BASELINE, 32, "68.5"),
        score(XINXING, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.FINAL, 32, "74.0"),
        score(LINJIA, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.BASELINE, 28, "70.0"),
        score(LINJIA, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.FINAL, 28, "73.5"),
        // 昌城's 三年级数学: no member of g-math3 is from 昌城
        score(CHANGCHENG, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.BASELINE, 30, "66.0"),
        score(CHANGCHENG, SchoolSubject.MATH, TestKind.QUALITY_TEST, Phase.FINAL, 30, "80.0"),
        // 辛兴's 四年级数学: not the group's grade
        ScoreRecord.builder().school(XINXING).grade(4).schoolSubject(SchoolSubject.MATH)
            .test(TestKind.QUALITY_TEST).phase(Phase.BASELINE).students(35).mean(d("60")).build(),
        ScoreRecord.builder().school(XINXING).grade(4).schoolSubject(SchoolSubject.MATH)
            .test(TestKind.QUALITY_TEST).phase(Phase.FINAL).students(35).mean(d("90")).build(),
        // 教学质量检测, 三年级语文 (皇华 has no final)
        score(CORE, SchoolSubject.CHINESE, TestKind.QUALITY_TEST, Phase.BASELINE, 45, "86.0"),
        score(CORE, SchoolSubject.CHINESE, TestKind.QUALITY_TEST, Phase.FINAL, 45, "87.0"),
        score(CHANGCHENG, SchoolSubject.CHINESE, TestKind.QUALITY_TEST, Phase.BASELINE, 30, "71.0"),
        score(CHANGCHENG, SchoolSubject.CHINESE, TestKind.QUALITY_TEST, Phase.FINAL, 30, "75.0"),
        score(HUANGHUA, SchoolSubject.CHINESE, TestKind.QUALITY_TEST, Phase.BASELINE, 25, "66.0"),
        // 质量抽测
        score(XINXING, SchoolSubject.MATH, TestKind.SPOT_CHECK, Phase.BASELINE, 32, "60.0"),
        score(XINXING, SchoolSubject.MATH, TestKind.SPOT_CHECK, Phase.FINAL, 32, "66.0"),
        score(LINJIA, SchoolSubject.MATH, TestKind.SPOT_CHECK, Phase.BASELINE, 28, "65.0"),
        score(LINJIA, SchoolSubject.MATH, TestKind.SPOT_CHECK, Phase.FINAL, 28, "68.0"),
        score(CHANGCHENG, SchoolSubject.CHINESE, TestKind.SPOT_CHECK, Phase.BASELINE, 30, "70.0"),
        score(CHANGCHENG, SchoolSubject.CHINESE, TestKind.SPOT_CHECK, Phase.FINAL, 30, "72.0"),
        score(HUANGHUA, SchoolSubject.CHINESE, TestKind.SPOT_CHECK, Phase.BASELINE, 25, "64.0"),
        score(HUANGHUA, SchoolSubject.CHINESE, TestKind.SPOT_CHECK, Phase.FINAL, 25, "65.0"));
  }

  private static ImmutableActivity.Builder a(String id, String group, int y, int m, int d,
      ActivityKind kind) {
    return Fixtures.activity(id, group, LocalDate.of(y, m, d), kind);
  }

  private static Activity materials(String id, String group, int y, int m, int d, int count) {
    return a(id, group, y, m, d, ActivityKind.MATERIAL_SHARE).host(CORE)
        .putQuantities(Quantity.MATERIALS, BigDecimal.valueOf(count)).build();
  }

  /** A lesson of {@code lessons} 节 led by {@code lead}, the others taking part. */
  private static ImmutableActivity.Builder lesson(String id, String group, int y, int m, int d,
      ActivityKind kind, int lessons, String lead, String... others) {
    ImmutableActivity.Builder b = a(id, group, y, m, d, kind)
        .putQuantities(Quantity.LESSONS, BigDecimal.valueOf(lessons))
        .addParticipants(Participant.lead(lead));
    for (String o : others) {
      b.addParticipants(Participant.participant(o));
    }
    return b;
  }

  private static ScoreRecord score(String school, SchoolSubject subject, TestKind test, Phase phase,
      int students, String mean) {
    return ScoreRecord.builder().school(school).grade(3).schoolSubject(subject).test(test).phase(phase)
        .students(students).mean(d(mean)).build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
