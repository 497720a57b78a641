package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.CORE;
import static dev.huzhu.evaluation.Fixtures.DONG_FENGLAN;
import static dev.huzhu.evaluation.Fixtures.JI_YONGMEI;
import static dev.huzhu.evaluation.Fixtures.LIN_ZAIXIA;
import static dev.huzhu.evaluation.Fixtures.LI_WEI;
import static dev.huzhu.evaluation.Fixtures.WANG_FANG;
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
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 一票否决 (docs/assessment.md#vetoes): a subject whose veto measure reaches {@code atLeast} keeps its total and
 * rank, gets the last band, takes no seat and is excluded from every award.
 *
 * <p>Four groups: g1 95 with one 违规 (MISCONDUCT) in November, g2 90, g3 80, g4 65. 优秀 from 85
 * with a quota of 30%: 30% of 4 = 1.2 → floor → 1 seat. The veto is count(MISCONDUCT) ≥ 1.
 */
class VetoTest {

  private static final LocalDate NOVEMBER = LocalDate.of(2012, 11, 5);

  @Test
  void aVetoedSubjectKeepsItsTotalAndRank() {
    Report r = run(misconduct(NOVEMBER), policy("1"));
    SubjectResult g1 = r.subjects().get(0);
    assertThat(g1.id()).isEqualTo("g1");
    assertThat(g1.vetoed()).isTrue();
    assertThat(g1.total()).isEqualByComparingTo("95.00");
    assertThat(g1.order()).isEqualTo(1);
    assertThat(g1.rank()).isEqualTo(1);
  }

  @Test
  void aVetoedSubjectGetsTheLastBandAndTakesNoSeat() {
    // g1 → FAIL whatever its total; the one 优秀 seat goes to g2 (90 ≥ 85)
    Report r = run(misconduct(NOVEMBER), policy("1"));
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::rank,
        s -> s.band().orElseThrow(), SubjectResult::vetoed)
        .containsExactly(tuple("g1", 1, "FAIL", true), tuple("g2", 2, "EXCELLENT", false),
            tuple("g3", 3, "GOOD", false), tuple("g4", 4, "PASS", false));
    assertThat(r.subject("g1").orElseThrow().bandLabel()).contains("不合格");
  }

  @Test
  void theVetoShowsItsValueAndTheRecordBehindIt() {
    Report r = run(misconduct(NOVEMBER), policy("1"));
    VetoResult veto = r.subject("g1").orElseThrow().vetoes().get(0);
    assertThat(veto.id()).isEqualTo("misconduct");
    assertThat(veto.triggered()).isTrue();
    assertThat(veto.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(veto.evidence().ids()).containsExactly("a-g1-misconduct");
    VetoResult clean = r.subject("g2").orElseThrow().vetoes().get(0);
    assertThat(clean.triggered()).isFalse();
    assertThat(clean.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
  }

  @Test
  void aVetoedSubjectIsExcludedFromEverySubjectAward() {
    Report r = run(misconduct(NOVEMBER), policy("1"));
    assertThat(r.award("excellent-groups").orElseThrow().subjects()).containsExactly("g2");
    // top 1 of every grade: g1 is first in order but vetoed, so g2
    assertThat(r.award("top-one").orElseThrow().subjects()).containsExactly("g2");
    assertThat(r.award("every-group").orElseThrow().subjects()).containsExactly("g2", "g3", "g4");
    // g1's grade is FAIL, yet an award of FAIL subjects does not name it
    assertThat(r.award("failing-groups").orElseThrow().subjects()).isEmpty();
  }

  @Test
  void theVetoedSubjectsPeopleAreExcludedFromEveryPeopleAward() {
    Report r = run(misconduct(NOVEMBER), policy("1"));
    // 李伟 leads g1; the others lead g2, g3, g4
    assertThat(r.award("all-leaders").orElseThrow().people()).extracting(AwardedPerson::person)
        .containsExactly(ZHU_BAIYU, LIN_ZAIXIA, DONG_FENGLAN);
    // 王芳 led two lessons in g1, 赵敏 two in g2: only 赵敏 is named
    assertThat(r.award("outstanding-teachers").orElseThrow().people())
        .extracting(AwardedPerson::person).containsExactly(ZHAO_MIN);
  }

  @Test
  void misconductOutsideThePeriodDoesNotVeto() {
    // 2012-08-20 is before the term: g1 is not vetoed and takes the 优秀 seat
    Report r = run(misconduct(LocalDate.of(2012, 8, 20)), policy("1"));
    SubjectResult g1 = r.subject("g1").orElseThrow();
    assertThat(g1.vetoed()).isFalse();
    assertThat(g1.band()).contains("EXCELLENT");
    assertThat(r.subject("g2").orElseThrow().band()).contains("GOOD");
    assertThat(r.award("all-leaders").orElseThrow().people()).extracting(AwardedPerson::person)
        .startsWith(LI_WEI);
  }

  @Test
  void aValueBelowAtLeastDoesNotVeto() {
    // one 违规, the veto needs two
    Report r = run(misconduct(NOVEMBER), policy("2"));
    assertThat(r.subject("g1").orElseThrow().vetoed()).isFalse();
    assertThat(r.subject("g1").orElseThrow().vetoes().get(0).triggered()).isFalse();
    assertThat(r.subject("g1").orElseThrow().band()).contains("EXCELLENT");
  }

  @Test
  void aVetoedSubjectStillCountsAmongTheSubjectsOfTheQuota() {
    // 50% of N = 4 assessed subjects (g1 vetoed among them) = 2 seats: g2 and g3.
    // (Were g1 left out of N, 50% of 3 = 1.5 → floor → 1 seat.)
    Policy p = ImmutablePolicy.copyOf(policy("1")).withGrading(grading("0.5", QuotaRounding.FLOOR));
    List<Activity> log = List.of(brand("g1", "95"), brand("g2", "90"), brand("g3", "88"),
        brand("g4", "86"), misconduct(NOVEMBER));
    Dataset data = dataset(List.of(group("g1"), group("g2"), group("g3"), group("g4")), log)
        .build();
    Report r = Assessment.of(p).run(data);
    assertThat(r.subjects()).extracting(SubjectResult::id, s -> s.band().orElseThrow())
        .containsExactly(tuple("g1", "FAIL"), tuple("g2", "EXCELLENT"), tuple("g3", "EXCELLENT"),
            tuple("g4", "GOOD"));
  }

  @Test
  void theExplanationSaysTheVetoStruck() {
    Report r = run(misconduct(NOVEMBER), policy("1"));
    assertThat(r.explain("g1")).contains("vetoed").contains("triggered");
  }

  // ---- the policy and the data

  private static Policy policy(String atLeast) {
    ImmutablePolicy p = oneSection().withGrading(grading("0.3", QuotaRounding.FLOOR))
        .withVetoes(Veto.builder().id("misconduct").label("违规").measure(
            Measures.count(ActivityKind.MISCONDUCT)).atLeast(d(atLeast)).build());
    return p.withAwards(
        Award.builder().id("excellent-groups").label("优秀互助组").addBands("EXCELLENT").build(),
        Award.builder().id("top-one").label("第一名").top(1).build(),
        Award.builder().id("every-group").label("参评组").build(),
        Award.builder().id("failing-groups").label("不合格组").addBands("FAIL").build(),
        Award.builder().id("all-leaders").label("组长").addRoles(TeamRole.LEADER).build(),
        Award.builder().id("outstanding-teachers").label("成绩突出的教师")
            .addRoles(TeamRole.DEPUTY, TeamRole.MEMBER)
            .individual(IndividualCriterion.of(
                Measures.count(ActivityKind.DEMONSTRATION_LESSON, ActivityKind.SENT_LESSON), d("2")))
            .build());
  }

  private static Activity misconduct(LocalDate date) {
    return activity("a-g1-misconduct", "g1", date, ActivityKind.MISCONDUCT).host(CORE).build();
  }

  private static Report run(Activity misconduct, Policy policy) {
    List<Activity> log = new ArrayList<>(List.of(brand("g1", "95"), brand("g2", "90"),
        brand("g3", "80"), brand("g4", "65"), misconduct));
    log.add(lesson("a-g1-demo", "g1", ActivityKind.DEMONSTRATION_LESSON, WANG_FANG));
    log.add(lesson("a-g1-sent", "g1", ActivityKind.SENT_LESSON, WANG_FANG));
    log.add(lesson("a-g2-demo", "g2", ActivityKind.DEMONSTRATION_LESSON, ZHAO_MIN));
    log.add(lesson("a-g2-sent", "g2", ActivityKind.SENT_LESSON, ZHAO_MIN));
    Dataset data = dataset(List.of(
        group("g1", 3, SchoolSubject.MATH, leader(LI_WEI), deputy(WANG_FANG), member(JI_YONGMEI)),
        group("g2", 3, SchoolSubject.CHINESE, leader(ZHU_BAIYU), deputy(ZHAO_MIN)),
        group("g3", 4, SchoolSubject.MATH, leader(LIN_ZAIXIA)),
        group("g4", 4, SchoolSubject.CHINESE, leader(DONG_FENGLAN))), log).build();
    return Assessment.of(policy).run(data);
  }

  private static Activity lesson(String id, String group, ActivityKind kind, String lead) {
    return activity(id, group, LocalDate.of(2012, 12, 6), kind).host(CORE)
        .addParticipants(Participant.lead(lead)).build();
  }
}
