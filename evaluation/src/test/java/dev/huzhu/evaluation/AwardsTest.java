package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.CORE;
import static dev.huzhu.evaluation.Fixtures.DONG_FENGLAN;
import static dev.huzhu.evaluation.Fixtures.JI_YONGMEI;
import static dev.huzhu.evaluation.Fixtures.LIN_ZAIXIA;
import static dev.huzhu.evaluation.Fixtures.LIU_XINGXIA;
import static dev.huzhu.evaluation.Fixtures.LI_WEI;
import static dev.huzhu.evaluation.Fixtures.SUN_LEI;
import static dev.huzhu.evaluation.Fixtures.WANG_FANG;
import static dev.huzhu.evaluation.Fixtures.XINXING;
import static dev.huzhu.evaluation.Fixtures.ZHANG_LI;
import static dev.huzhu.evaluation.Fixtures.ZHAO_MIN;
import static dev.huzhu.evaluation.Fixtures.ZHU_BAIYU;
import static dev.huzhu.evaluation.Fixtures.activity;
import static dev.huzhu.evaluation.Fixtures.brand;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.deputy;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.grading;
import static dev.huzhu.evaluation.Fixtures.leader;
import static dev.huzhu.evaluation.Fixtures.member;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.IndividualCriterion;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Awards (docs/assessment.md#awards): of subjects by grade and top N, and of people by role from the selected
 * subjects, optionally only those whose count of demonstration or sent lessons they LED (in the
 * subject, in the period) reaches 2 — 评出交流互助中成绩突出的组长和教师.
 *
 * <p>Four research groups, totals from one 品牌课 each: g1 95, g2 90, g3 80, g4 65. 优秀 has a
 * quota of 50%: 50% of 4 = 2 seats, so g1 and g2 are EXCELLENT, g3 GOOD, g4 PASS.
 */
class AwardsTest {

  private static final Report REPORT = Assessment.of(policy()).run(data());

  @Test
  void gradesAreAsExpected() {
    assertThat(REPORT.subjects()).extracting(SubjectResult::id, s -> s.band().orElseThrow())
        .containsExactly(tuple("g1", "EXCELLENT"), tuple("g2", "EXCELLENT"), tuple("g3", "GOOD"),
            tuple("g4", "PASS"));
  }

  @Test
  void awardByGradeSelectsTheSubjectsOfThatGradeInOrder() {
    assertThat(award("excellent-groups").subjects()).containsExactly("g1", "g2");
  }

  @Test
  void awardOfSeveralGradesSelectsEach() {
    assertThat(award("good-or-better").subjects()).containsExactly("g1", "g2", "g3");
  }

  @Test
  void topTakesTheFirstSubjectsInOrder() {
    assertThat(award("top-three").subjects()).containsExactly("g1", "g2", "g3");
  }

  @Test
  void topLargerThanTheSubjectsTakesThemAll() {
    assertThat(award("top-ten").subjects()).containsExactly("g1", "g2", "g3", "g4");
  }

  @Test
  void topIsTakenAmongTheSubjectsOfTheGrades() {
    // GOOD selects g3 only; top 1 of it is g3, not g1
    assertThat(award("best-good").subjects()).containsExactly("g3");
  }

  @Test
  void anAwardOfSubjectsNamesNoPeople() {
    assertThat(award("excellent-groups").people()).isEmpty();
    assertThat(award("excellent-groups").label()).isEqualTo("优秀互助组");
  }

  @Test
  void peopleAwardNamesTheMembersOfTheRoleInTheSelectedSubjects() {
    // EXCELLENT groups g1 (李伟) and g2 (朱佰玉); g3's and g4's leaders are not selected
    AwardResult leaders = award("excellent-leaders");
    assertThat(leaders.people()).extracting(AwardedPerson::person, AwardedPerson::subject,
        AwardedPerson::role)
        .containsExactly(tuple(LI_WEI, "g1", TeamRole.LEADER), tuple(ZHU_BAIYU, "g2", TeamRole.LEADER));
    assertThat(leaders.people()).allSatisfy(p -> assertThat(p.value()).isEmpty());
    assertThat(leaders.subjects()).containsExactly("g1", "g2");
  }

  @Test
  void peopleAreListedBySubjectOrderThenPersonId() {
    // g1's deputies and member sorted by id, then g2's: p-cc-zhaom comes after p-xx-wangf
    assertThat(award("excellent-team").people()).extracting(AwardedPerson::person,
        AwardedPerson::role)
        .containsExactly(tuple(JI_YONGMEI, TeamRole.MEMBER), tuple(ZHANG_LI, TeamRole.DEPUTY),
            tuple(WANG_FANG, TeamRole.DEPUTY), tuple(ZHAO_MIN, TeamRole.DEPUTY),
            tuple(LIU_XINGXIA, TeamRole.MEMBER));
  }

  @Test
  void individualCriterionNamesThoseWhoLedEnoughLessons() {
    // 王芳 led a 示范课 and a 送课 in g1: 2 ≥ 2; 赵敏 led three 示范课 in g2: 3 ≥ 2
    assertThat(award("outstanding-teachers").people()).extracting(AwardedPerson::person,
        AwardedPerson::subject, AwardedPerson::role, p -> p.value().orElseThrow().intValueExact())
        .containsExactly(tuple(WANG_FANG, "g1", TeamRole.DEPUTY, 2),
            tuple(ZHAO_MIN, "g2", TeamRole.DEPUTY, 3));
  }

  @Test
  void aPersonWhoOnlyParticipatedDoesNotQualify() {
    // 纪永梅 took part in three of g1's lessons but led none: 0 < 2
    assertThat(named("outstanding-teachers")).doesNotContain(JI_YONGMEI);
  }

  @Test
  void leadingOneLessonIsNotEnough() {
    // 张丽 led one 示范课 and took part in two more; her 讲座 is not a lesson: 1 < 2
    assertThat(named("outstanding-teachers")).doesNotContain(ZHANG_LI);
  }

  @Test
  void lessonsLedOutsideThePeriodDoNotCount() {
    // 刘星霞 led a 送课 in November 2012 and one on 2013-02-15, after the term: 1 < 2
    assertThat(named("outstanding-teachers")).doesNotContain(LIU_XINGXIA);
  }

  @Test
  void lessonsCreditedToAnotherGroupDoNotCount() {
    // 孙磊 (g3's deputy, GOOD) led one 送课 for g3 and one for g4: in g3 he led 1 < 2
    assertThat(named("outstanding-teachers")).doesNotContain(SUN_LEI);
  }

  @Test
  void rolesOutsideTheAwardAreNotNamedWhateverTheyLed() {
    // 林在霞 (g3's LEADER) led two 示范课, but the award names deputies and members
    assertThat(named("outstanding-teachers")).doesNotContain(LIN_ZAIXIA);
  }

  @Test
  void peopleOfSubjectsOutsideTheGradesAreNotNamed() {
    // 董凤兰 leads g4, which is PASS
    assertThat(named("excellent-leaders")).doesNotContain(DONG_FENGLAN);
  }

  @Test
  void lessonsDoNotChangeTheTotals() {
    // the policy scores only 品牌课 ratings
    assertThat(REPORT.subjects()).extracting(s -> s.total().toPlainString())
        .containsExactly("95.00", "90.00", "80.00", "65.00");
  }

  // ---- the policy and the data

  private static AwardResult award(String id) {
    return REPORT.award(id).orElseThrow();
  }

  private static List<String> named(String award) {
    return award(award).people().stream().map(AwardedPerson::person).toList();
  }

  static Policy policy() {
    IndividualCriterion twoLessons = IndividualCriterion.of(
        Measures.count(ActivityKind.DEMONSTRATION_LESSON, ActivityKind.SENT_LESSON), d("2"));
    return oneSection().withGrading(grading("0.5", QuotaRounding.FLOOR)).withAwards(
        Award.builder().id("excellent-groups").label("优秀互助组").addBands("EXCELLENT").build(),
        Award.builder().id("good-or-better").label("良好以上").addBands("EXCELLENT", "GOOD").build(),
        Award.builder().id("top-three").label("前三名").top(3).build(),
        Award.builder().id("top-ten").label("前十名").top(10).build(),
        Award.builder().id("best-good").label("良好第一").addBands("GOOD").top(1).build(),
        Award.builder().id("excellent-leaders").label("成绩突出的组长").addBands("EXCELLENT")
            .addRoles(TeamRole.LEADER).build(),
        Award.builder().id("excellent-team").label("优秀组副组长和组员").addBands("EXCELLENT")
            .addRoles(TeamRole.DEPUTY, TeamRole.MEMBER).build(),
        Award.builder().id("outstanding-teachers").label("成绩突出的教师")
            .addBands("EXCELLENT", "GOOD").addRoles(TeamRole.DEPUTY, TeamRole.MEMBER)
            .individual(twoLessons).build());
  }

  static Dataset data() {
    List<Activity> log = List.of(
        brand("g1", "95"), brand("g2", "90"), brand("g3", "80"), brand("g4", "65"),
        // g1: 王芳 leads two, 张丽 one (and a 讲座), 纪永梅 only takes part
        lesson("a-g1-demo1", "g1", 2012, 10, 11, ActivityKind.DEMONSTRATION_LESSON, WANG_FANG,
            ZHANG_LI, JI_YONGMEI),
        lesson("a-g1-sent1", "g1", 2012, 11, 8, ActivityKind.SENT_LESSON, WANG_FANG, ZHANG_LI,
            JI_YONGMEI),
        lesson("a-g1-demo2", "g1", 2012, 12, 6, ActivityKind.DEMONSTRATION_LESSON, ZHANG_LI,
            JI_YONGMEI),
        lesson("a-g1-lecture", "g1", 2012, 12, 20, ActivityKind.LECTURE, ZHANG_LI),
        // g2: 赵敏 leads three 示范课; 刘星霞 one 送课 in the term and one after it
        lesson("a-g2-demo1", "g2", 2012, 10, 10, ActivityKind.DEMONSTRATION_LESSON, ZHAO_MIN),
        lesson("a-g2-demo2", "g2", 2012, 11, 14, ActivityKind.DEMONSTRATION_LESSON, ZHAO_MIN),
        lesson("a-g2-demo3", "g2", 2012, 12, 12, ActivityKind.DEMONSTRATION_LESSON, ZHAO_MIN),
        lesson("a-g2-sent1", "g2", 2012, 11, 20, ActivityKind.SENT_LESSON, LIU_XINGXIA),
        lesson("a-g2-sent2", "g2", 2013, 2, 15, ActivityKind.SENT_LESSON, LIU_XINGXIA),
        // g3: its leader 林在霞 leads two; 孙磊 one for g3 and one for g4
        lesson("a-g3-demo1", "g3", 2012, 9, 27, ActivityKind.DEMONSTRATION_LESSON, LIN_ZAIXIA),
        lesson("a-g3-demo2", "g3", 2012, 10, 25, ActivityKind.DEMONSTRATION_LESSON, LIN_ZAIXIA),
        lesson("a-g3-sent1", "g3", 2012, 10, 18, ActivityKind.SENT_LESSON, SUN_LEI),
        lesson("a-g4-sent1", "g4", 2012, 11, 22, ActivityKind.SENT_LESSON, SUN_LEI));
    return dataset(List.of(
        group("g1", 3, SchoolSubject.MATH, leader(LI_WEI), deputy(WANG_FANG), deputy(ZHANG_LI),
            member(JI_YONGMEI)),
        group("g2", 3, SchoolSubject.CHINESE, leader(ZHU_BAIYU), deputy(ZHAO_MIN), member(LIU_XINGXIA)),
        group("g3", 4, SchoolSubject.MATH, leader(LIN_ZAIXIA), deputy(SUN_LEI)),
        group("g4", 4, SchoolSubject.CHINESE, leader(DONG_FENGLAN), member(SUN_LEI))), log).build();
  }

  /** A lesson led by the first person, the others taking part. */
  private static Activity lesson(String id, String group, int year, int month, int day,
      ActivityKind kind, String lead, String... others) {
    var a = activity(id, group, LocalDate.of(year, month, day), kind)
        .addParticipants(Participant.lead(lead));
    for (String o : others) {
      a.addParticipants(Participant.participant(o));
    }
    return a.host(kind == ActivityKind.SENT_LESSON ? XINXING : CORE).build();
  }
}
