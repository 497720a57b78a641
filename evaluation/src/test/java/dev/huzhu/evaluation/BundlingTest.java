package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.DONG_FENGLAN;
import static dev.huzhu.evaluation.Fixtures.GUO_LINLIN;
import static dev.huzhu.evaluation.Fixtures.JI_YONGMEI;
import static dev.huzhu.evaluation.Fixtures.LIN_ZAIXIA;
import static dev.huzhu.evaluation.Fixtures.LIU_XINGXIA;
import static dev.huzhu.evaluation.Fixtures.LI_WEI;
import static dev.huzhu.evaluation.Fixtures.PARENT;
import static dev.huzhu.evaluation.Fixtures.STUDENT;
import static dev.huzhu.evaluation.Fixtures.SUN_LEI;
import static dev.huzhu.evaluation.Fixtures.WANG_FANG;
import static dev.huzhu.evaluation.Fixtures.ZHANG_LI;
import static dev.huzhu.evaluation.Fixtures.ZHAO_MIN;
import static dev.huzhu.evaluation.Fixtures.ZHU_BAIYU;
import static dev.huzhu.evaluation.Fixtures.brand;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.deputy;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.leader;
import static dev.huzhu.evaluation.Fixtures.member;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 捆绑 (docs/assessment.md#bundling): every member of an assessed subject receives round2(total × the coefficient
 * of their role); a person in several subjects gets the maximum, or the sum when the policy says
 * so; the personal list is ordered by points descending, then person id; students and parents
 * appear without a name.
 *
 * <p>Coefficients: LEADER 1.0, DEPUTY 0.8, MEMBER 0.75. Totals from one 品牌课 each:
 * g1 87.55 (李伟, 王芳 deputy, 纪永梅), g2 66.67 (朱佰玉, 赵敏 deputy, 刘星霞),
 * g3 66.66 (林在霞, 张丽 deputy, 郭琳琳), g4 95.00 (董凤兰, 孙磊 deputy, and as members 王芳,
 * a pupil and a parent).
 */
class BundlingTest {

  private static final Bundling COEFFICIENTS = Bundling.builder()
      .putCoefficients(TeamRole.LEADER, d("1.0")).putCoefficients(TeamRole.DEPUTY, d("0.8"))
      .putCoefficients(TeamRole.MEMBER, d("0.75")).build();

  private static final Report MAX = run(COEFFICIENTS);

  @Test
  void eachMemberGetsTheTotalTimesTheCoefficientOfTheirRole() {
    // g1 87.55: 李伟 × 1.0 = 87.55; 纪永梅 × 0.75 = 65.6625 → 65.66
    assertThat(points(MAX, LI_WEI)).isEqualTo("87.55");
    assertThat(points(MAX, JI_YONGMEI)).isEqualTo("65.66");
  }

  @Test
  void aDeputyGetsTheTotalTimesTheDeputyCoefficient() {
    // 87.55 × 0.8 = 70.04 (王芳's g1 source); 95.00 × 0.8 = 76.00 (孙磊)
    assertThat(source(MAX, WANG_FANG, "g1").points().toPlainString()).isEqualTo("70.04");
    assertThat(points(MAX, SUN_LEI)).isEqualTo("76.00");
  }

  @Test
  void roundingIsOnceHalfUpToTwoPlaces() {
    // 66.67 × 0.75 = 50.0025 → 50.00 (刘星霞); 66.67 × 0.8 = 53.336 → 53.34 (赵敏)
    assertThat(points(MAX, LIU_XINGXIA)).isEqualTo("50.00");
    assertThat(points(MAX, ZHAO_MIN)).isEqualTo("53.34");
  }

  @Test
  void aFiveAtTheThirdPlaceRoundsUp() {
    // 66.66 × 0.75 = 49.995 → 50.00 (郭琳琳); 66.66 × 0.8 = 53.328 → 53.33 (张丽)
    assertThat(points(MAX, GUO_LINLIN)).isEqualTo("50.00");
    assertThat(points(MAX, ZHANG_LI)).isEqualTo("53.33");
  }

  @Test
  void aPersonInTwoGroupsGetsTheMaximum() {
    // 王芳: g1 deputy 87.55 × 0.8 = 70.04; g4 member 95.00 × 0.75 = 71.25 → max 71.25
    assertThat(points(MAX, WANG_FANG)).isEqualTo("71.25");
    assertThat(MAX.person(WANG_FANG).orElseThrow().sources())
        .extracting(PointSource::subject, PointSource::role, s -> s.total().toPlainString(),
            s -> s.points().toPlainString())
        .containsExactlyInAnyOrder(tuple("g1", TeamRole.DEPUTY, "87.55", "70.04"),
            tuple("g4", TeamRole.MEMBER, "95.00", "71.25"));
  }

  @Test
  void aPersonInTwoGroupsGetsTheSumWhenThePolicySaysSo() {
    // 70.04 + 71.25 = 141.29; people in one group are unchanged
    Report sum = run(Bundling.builder().copyFrom(COEFFICIENTS).combination(Combination.SUM)
        .build());
    assertThat(points(sum, WANG_FANG)).isEqualTo("141.29");
    assertThat(points(sum, LI_WEI)).isEqualTo("87.55");
    assertThat(sum.personal().get(0).person()).isEqualTo(WANG_FANG);
  }

  @Test
  void maximumIsTheDefault() {
    Bundling noMode = Bundling.builder().putAllCoefficients(COEFFICIENTS.coefficients()).build();
    assertThat(points(run(noMode), WANG_FANG)).isEqualTo("71.25");
  }

  @Test
  void aRoleWithoutACoefficientGetsZero() {
    // MEMBER has no coefficient: 纪永梅 (g1 member) gets 0.00, shown with coefficient 0
    Report r = run(Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
        .putCoefficients(TeamRole.DEPUTY, d("0.8")).build());
    assertThat(points(r, JI_YONGMEI)).isEqualTo("0.00");
    PointSource s = source(r, JI_YONGMEI, "g1");
    assertThat(s.coefficient()).isEqualByComparingTo("0");
    assertThat(s.points()).isEqualByComparingTo("0");
    // 王芳 is a deputy in g1 (70.04) and a member in g4 (0.00): max 70.04
    assertThat(points(r, WANG_FANG)).isEqualTo("70.04");
  }

  @Test
  void thePersonalListIsOrderedByPointsThenPersonId() {
    // 95.00 董凤兰; 87.55 李伟; 76.00 孙磊; 71.25 p-par-syxx, p-stu-syxx, p-xx-wangf (by id);
    // 66.67 朱佰玉; 66.66 林在霞; 65.66 纪永梅; 53.34 赵敏; 53.33 张丽;
    // 50.00 p-guoll before p-liuxx (by id)
    assertThat(MAX.personal()).extracting(PersonalPoints::person, p -> p.points().toPlainString())
        .containsExactly(tuple(DONG_FENGLAN, "95.00"), tuple(LI_WEI, "87.55"),
            tuple(SUN_LEI, "76.00"), tuple(PARENT, "71.25"), tuple(STUDENT, "71.25"),
            tuple(WANG_FANG, "71.25"), tuple(ZHU_BAIYU, "66.67"), tuple(LIN_ZAIXIA, "66.66"),
            tuple(JI_YONGMEI, "65.66"), tuple(ZHAO_MIN, "53.34"), tuple(ZHANG_LI, "53.33"),
            tuple(GUO_LINLIN, "50.00"), tuple(LIU_XINGXIA, "50.00"));
  }

  @Test
  void studentsAndParentsNeverGetAName() {
    assertThat(MAX.person(STUDENT).orElseThrow().name()).isEmpty();
    assertThat(MAX.person(PARENT).orElseThrow().name()).isEmpty();
    assertThat(MAX.awardsAndPeople()).doesNotContain("实验小学学生").doesNotContain("实验小学家长");
  }

  @Test
  void teachersAreNamed() {
    assertThat(MAX.person(WANG_FANG).orElseThrow().name()).contains("王芳");
    assertThat(MAX.person(LI_WEI).orElseThrow().name()).contains("李伟");
  }

  @Test
  void aSourceShowsTheSubjectTotalAndCoefficient() {
    PointSource s = source(MAX, JI_YONGMEI, "g1");
    assertThat(s.role()).isEqualTo(TeamRole.MEMBER);
    assertThat(s.total()).isEqualByComparingTo("87.55");
    assertThat(s.coefficient()).isEqualByComparingTo("0.75");
  }

  @Test
  void withoutBundlingThereIsNoPersonalList() {
    Report r = Assessment.of(oneSection()).run(data());
    assertThat(r.personal()).isEmpty();
    // the text says there is none, rather than print the heading of an empty table
    assertThat(r.awardsAndPeople()).endsWith("评优晋级 priority list (bundled points): none\n")
        .doesNotContain("#  person");
  }

  // ---- a vetoed subject (一票否决) passes 0 points

  @Test
  void aVetoedSubjectPassesNothingToItsMembers() {
    // g4 (95.00) is vetoed for one 违规: 董凤兰 (leader) and 孙磊 (deputy) get 0.00 from it,
    // where they would get 95.00 × 1.0 = 95.00 and 95.00 × 0.8 = 76.00
    Report r = vetoedG4(COEFFICIENTS);
    assertThat(points(r, DONG_FENGLAN)).isEqualTo("0.00");
    assertThat(points(r, SUN_LEI)).isEqualTo("0.00");
    // today a vetoed group's leader would top the 评优晋级 list; now 李伟 (87.55) does
    assertThat(r.personal().get(0).person()).isEqualTo(LI_WEI);
  }

  @Test
  void theVetoedSourceIsStillListedWithItsTotalAndMarked() {
    Report r = vetoedG4(COEFFICIENTS);
    PointSource s = source(r, DONG_FENGLAN, "g4");
    assertThat(s.vetoed()).isTrue();
    assertThat(s.total().toPlainString()).isEqualTo("95.00"); // the subject keeps its total
    assertThat(s.coefficient()).isEqualByComparingTo("1.0");
    assertThat(s.points().toPlainString()).isEqualTo("0.00");
    assertThat(source(r, LI_WEI, "g1").vetoed()).isFalse();
    assertThat(r.awardsAndPeople()).contains("g4 LEADER 95.00×1.0 一票否决 → 0");
  }

  @Test
  void aPersonAlsoInAVetoedSubjectKeepsTheirOtherSource() {
    // 王芳: g1 deputy 87.55 × 0.8 = 70.04; g4 member, vetoed: 0.00. MAX: 70.04; SUM: 70.04 + 0
    assertThat(points(vetoedG4(COEFFICIENTS), WANG_FANG)).isEqualTo("70.04");
    assertThat(points(vetoedG4(Bundling.builder().copyFrom(COEFFICIENTS)
        .combination(Combination.SUM).build()), WANG_FANG)).isEqualTo("70.04");
  }

  private static Report vetoedG4(Bundling bundling) {
    Policy p = oneSection().withBundling(bundling).withVetoes(Veto.builder().id("misconduct")
        .label("违规").measure(Measures.count(ActivityKind.MISCONDUCT)).atLeast(d("1")).build());
    Dataset vetoed = Dataset.builder().copyFrom(data()).addActivities(Activity.builder()
        .id("a-g4-misconduct").date(Fixtures.IN_TERM).kind(ActivityKind.MISCONDUCT)
        .addCredited("g4").host(Fixtures.CORE).build()).build();
    return Assessment.of(p).run(vetoed);
  }

  // ---- helpers

  private static String points(Report r, String person) {
    return r.person(person).orElseThrow().points().toPlainString();
  }

  private static PointSource source(Report r, String person, String subject) {
    return r.person(person).orElseThrow().sources().stream()
        .filter(s -> s.subject().equals(subject)).findFirst().orElseThrow();
  }

  private static Report run(Bundling bundling) {
    return Assessment.of(oneSection().withBundling(bundling)).run(data());
  }

  private static Dataset data() {
    return dataset(List.of(
            group("g1", 3, SchoolSubject.MATH, leader(LI_WEI), deputy(WANG_FANG), member(JI_YONGMEI)),
            group("g2", 3, SchoolSubject.CHINESE, leader(ZHU_BAIYU), deputy(ZHAO_MIN),
                member(LIU_XINGXIA)),
            group("g3", 4, SchoolSubject.MATH, leader(LIN_ZAIXIA), deputy(ZHANG_LI), member(GUO_LINLIN)),
            group("g4", 4, SchoolSubject.CHINESE, leader(DONG_FENGLAN), deputy(SUN_LEI),
                member(WANG_FANG), member(STUDENT), member(PARENT))),
        List.of(brand("g1", "87.55"), brand("g2", "66.67"), brand("g3", "66.66"),
            brand("g4", "95.00")))
        .build();
  }
}
