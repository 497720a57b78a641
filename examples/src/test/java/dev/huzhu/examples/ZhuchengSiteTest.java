package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 诸城's 中心教研组捆绑考核 on the seed's files: the sixteen groups' totals and bands, the veto,
 * the 30% quota, the three awards and the 评优晋级 list.
 */
class ZhuchengSiteTest {
  private static Report report;

  @BeforeAll
  static void assess() {
    report = Assessment.of(SeedFiles.policy(Site.ZHUCHENG)).run(SeedFiles.read());
  }

  private static SubjectResult group(String id) {
    return report.subject(id).orElseThrow();
  }

  @Test
  void fiveGradeChineseIsWorkedByHand() {
    SubjectResult c5 = group("g-zc-chinese5");
    // 组内交流材料: 4 + 3 + 2 + 2 + 2 = 13 materials, past the target of 12 → 10.00
    assertThat(c5.metric("materials").orElseThrow().points()).isEqualByComparingTo("10.00");
    // 专题活动: four 专题 (Sept to Dec) reach the top tier → 15.00
    assertThat(c5.metric("thematic").orElseThrow().points()).isEqualByComparingTo("15.00");
    // 讲课节数: 示范课 2 + 2 + 1 and 送课 2 + 1 + 2 + 1 = 11 lessons over 6 members
    // = 1.83333… → 1.8333; 15 × 1.8333 / 2 = 13.74975 → 13.75
    assertThat(c5.metric("lessons").orElseThrow().value()).contains(new BigDecimal("1.8333"));
    assertThat(c5.metric("lessons").orElseThrow().points()).isEqualByComparingTo("13.75");
    // 教学质量检测, grade 5 语文, the same pupils at both phases, so x = Σ n × (final − base) / Σ n:
    // 实验小学 333 × 1.2 = 399.6, 辛兴 97 × 4.5 = 436.5, 林家村 56 × 5.0 = 280, 昌城 114 × 3.5 = 399,
    // 皇华 85 × 4.5 = 382.5; 1897.6 / 685 = 2.77022… → 2.7702
    assertThat(c5.metric("quality").orElseThrow().value()).contains(new BigDecimal("2.7702"));
    // relative among the 16: min −0.3843 (六年级英语), max 2.9645 (三年级数学):
    // 40 × (2.7702 + 0.3843) / (2.9645 + 0.3843) = 40 × 3.1545 / 3.3488 = 37.6798… → 37.68
    assertThat(c5.metric("quality").orElseThrow().points()).isEqualByComparingTo("37.68");
    // 质量抽测: gains 40 × 1.1 + 30 × (4.0 + 4.5 + 2.8 + 3.5) = 44 + 444 = 488 over the baseline
    // 40 × 83.10 + 30 × (71.60 + 68.90 + 73.30 + 72.40) = 3324 + 8586 = 11910: 0.040974… → 0.0410,
    // second of 16 (三年级数学 has 0.0427): 20 × (16 − 2) / 15 = 18.666… → 18.67
    assertThat(c5.metric("spotcheck").orElseThrow().value()).contains(new BigDecimal("0.0410"));
    assertThat(c5.metric("spotcheck").orElseThrow().points()).isEqualByComparingTo("18.67");
    // 10.00 + 15.00 + 13.75 = 38.75; 37.68 + 18.67 = 56.35; 每月坚持 5 months × 0.5, cap 2 → 2.00;
    // 38.75 + 56.35 + 2.00 = 97.10
    assertThat(c5.total()).isEqualByComparingTo("97.10");
    assertThat(c5.rank()).isEqualTo(1);
    assertThat(c5.band()).contains("EXCELLENT");
  }

  @Test
  void totalsSpreadOverEveryBand() {
    List<String> order = report.subjects().stream().map(SubjectResult::id).toList();
    assertThat(order).containsExactly("g-zc-chinese5", "g-zc-math3", "g-zc-math4",
        "g-zc-chinese3", "g-zc-math5", "g-zc-chinese4", "g-zc-english5", "g-zc-chinese2",
        "g-zc-math1", "g-zc-chinese1", "g-zc-english3", "g-zc-math6", "g-zc-math2",
        "g-zc-chinese6", "g-zc-english4", "g-zc-english6");
    List<String> totals = report.subjects().stream().map(s -> s.total().toPlainString()).toList();
    assertThat(totals).containsExactly("97.10", "92.00", "88.52", "87.21", "87.06", "82.79",
        "71.59", "70.74", "64.55", "62.72", "61.13", "54.93", "40.45", "40.08", "29.41", "16.33");
    List<String> bands = report.subjects().stream().map(s -> s.band().orElseThrow()).toList();
    // 16 groups × 30% = 4.8 → FLOOR 4 seats of 优秀: 五年级数学 reaches 85 but finds no seat
    assertThat(bands).containsExactly("EXCELLENT", "EXCELLENT", "EXCELLENT", "EXCELLENT", "GOOD",
        "FAIL", "GOOD", "GOOD", "PASS", "PASS", "PASS", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL");
  }

  @Test
  void theMisconductVetoesFourthGradeChinese() {
    SubjectResult c4 = group("g-zc-chinese4");
    // 35.33 + 45.46 + 2.00 = 82.79 would be 良好; one 违规 record makes it 不合格
    assertThat(c4.total()).isEqualByComparingTo("82.79");
    assertThat(c4.vetoed()).isTrue();
    assertThat(c4.band()).contains("FAIL");
    assertThat(report.person("p-zc-chinese4-leader").orElseThrow().points())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void theLowestGroupGetsNoOutcomePoints() {
    // 六年级英语 went back (−0.3843): the minimum of relative and the last rank both give 0
    SubjectResult e6 = group("g-zc-english6");
    assertThat(e6.section("outcome").orElseThrow().points()).isEqualByComparingTo("0.00");
    assertThat(e6.total()).isEqualByComparingTo("16.33");
  }

  @Test
  void awardsNameRealGroupsAndPeople() {
    assertThat(award("outstanding-group").subjects()).containsExactly("g-zc-chinese5",
        "g-zc-math3", "g-zc-math4", "g-zc-chinese3");
    assertThat(award("outstanding-leader").people()).extracting(AwardedPerson::person)
        .containsExactly("p-zc-chinese5-leader", "p-zc-math3-leader", "p-zc-math4-leader",
            "p-zc-chinese3-leader");
    // deputies and members of 优秀 and 良好 groups who led at least two 示范课 or 送课 of their
    // group: 李伟's two at 辛兴, 林在霞's two at 林家村, 昌城's 四年级数学 deputy (a 示范课 at home
    // and a lesson sent to town), …; the vetoed 四年级语文 names nobody
    assertThat(award("outstanding-teacher").people()).extracting(AwardedPerson::person)
        .containsExactly("p-liwei", "p-linzaixia", "p-zc-math4-changcheng",
            "p-zc-chinese3-linjiacun", "p-zc-math5-exp", "p-zc-english5-xinxing",
            "p-zc-chinese2-exp");
  }

  @Test
  void thePriorityListCarriesEachGroupsTotal() {
    List<PersonalPoints> people = report.personal();
    assertThat(people).hasSize(81);
    assertThat(people.get(0).person()).isEqualTo("p-liwei");
    assertThat(people.get(0).points()).isEqualByComparingTo("97.10");
    // a deputy who represents 林家村 as well carries the group's total like everyone else
    assertThat(report.person("p-zc-math3-xinxing").orElseThrow().points())
        .isEqualByComparingTo("92.00");
  }

  private static AwardResult award(String id) {
    return report.award(id).orElseThrow();
  }
}
