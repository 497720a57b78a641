package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * XX镇's 城乡党组织党员双结对 on the seed's files under the built-in 双结对 policy (2012-09-01 to
 * 2013-08-31): the five pairings' totals and bands, their sustainability (持续性) and the
 * 双结对示范点. Every expected figure is worked by hand from {@code DoublePairingYear}.
 */
class XxTownSiteTest {
  private static Report report;

  @BeforeAll
  static void assess() {
    report = Assessment.of(SeedFiles.policy(Site.XX_TOWN)).run(SeedFiles.read());
  }

  @Test
  void dingIsWorkedByHand() {
    // 丁村 (县农业局 → 专业村), its activities dated 2012-09-01 … 2013-08-31:
    //   deeds 4 of a target of 6:        15 × 4/6 = 10.00
    //   publicity 2 of 4:                10 × 2/4 = 5.00
    //   joint activities 2 of 4:         10 × 2/4 = 5.00
    //   funds 30,000, best 乙村 100,000: 15 × 30,000 / 100,000 = 4.50
    //   jobs 6 of 10:                    10 × 6/10 = 6.00
    //   帮扶成效 10.00 + 5.00 + 5.00 + 4.50 + 6.00 = 30.50
    //   deliveries: 棚膜 2012-10-30 (followed up 2012-12-20, 51 days), 化肥 2013-03-05 (never),
    //   funds 2013-03-19 (followed up 2013-04-23, 35 days): 2 of 3 = 0.6666… → 0.6667;
    //   持续性 20 × 0.6667 / 1 = 13.334 → 13.33
    //   forms: deed, publicity, joint, jobs, 送技术, 信息服务, 调研, 干部培训 = 8 ≥ 5 → 20.00
    //   专业对口 (涉农→专业村) +5.00
    //   total 30.50 + 13.33 + 20.00 + 5.00 = 68.83, 基本有效 (≥ 50, < 75)
    SubjectResult ding = subject("pp-xx-ding");
    assertThat(metric(ding, "deeds").points()).isEqualByComparingTo("10.00");
    assertThat(metric(ding, "publicity").points()).isEqualByComparingTo("5.00");
    assertThat(metric(ding, "joint").points()).isEqualByComparingTo("5.00");
    assertThat(metric(ding, "funds").points()).isEqualByComparingTo("4.50");
    assertThat(metric(ding, "jobs").points()).isEqualByComparingTo("6.00");
    assertThat(section(ding, "results").points()).isEqualByComparingTo("30.50");
    assertThat(metric(ding, "follow-up").value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("0.6667"));
    assertThat(section(ding, "sustainability").points()).isEqualByComparingTo("13.33");
    assertThat(metric(ding, "forms").value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("8"));
    assertThat(section(ding, "diversity").points()).isEqualByComparingTo("20.00");
    assertThat(ding.total()).isEqualByComparingTo("68.83");
    assertThat(ding.band()).contains("FAIR");
  }

  @Test
  void theTableRunsFromTheModelPairingToTheLapsedOne() {
    // 甲村 31.50 + 20.00 + 20.00 + 5.00; 丙村 30.50 + 0.00 + 20.00 + 5.00;
    // 乙村 15.00 (the most funds) + 0.00 + 0.00 + 5.00; 戊村 0.00 + 0.00 + 20 × 1/5 + no 专业对口
    assertThat(report.subjects()).extracting(SubjectResult::id)
        .containsExactly("pp-xx-jia", "pp-xx-ding", "pp-xx-bing", "pp-xx-yi", "pp-xx-wu");
    assertThat(report.subjects()).extracting(s -> s.total().toPlainString())
        .containsExactly("76.50", "68.83", "55.50", "20.00", "4.00");
    assertThat(report.subjects()).extracting(s -> s.band().orElseThrow())
        .containsExactly("EFFECTIVE", "FAIR", "FAIR", "WEAK", "WEAK");
    assertThat(report.subjects()).extracting(SubjectResult::rank)
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void sustainabilityTellsFollowedUpDeliveriesFromForgottenOnes() {
    // 甲村 1 of 1 (51 days); 丁村 2 of 3; 丙村 0 of 1 (100 days, too late for 90);
    // 乙村 0 of 2; 戊村 0 of 1 (its books, then nothing)
    assertThat(coverage("pp-xx-jia")).isEqualByComparingTo("1.0000");
    assertThat(coverage("pp-xx-ding")).isEqualByComparingTo("0.6667");
    assertThat(coverage("pp-xx-bing")).isEqualByComparingTo("0.0000");
    assertThat(coverage("pp-xx-yi")).isEqualByComparingTo("0.0000");
    assertThat(coverage("pp-xx-wu")).isEqualByComparingTo("0.0000");
    // the late follow-up is no evidence of 丙村's coverage; its funds are
    assertThat(metric(subject("pp-xx-bing"), "follow-up").evidence().ids())
        .containsExactly("a-xx-1213-bing-funds");
  }

  @Test
  void theEarlyYearsCountForNothing() {
    // 乙村's 2009 funds (20,000) and publicity lie before the period
    MetricResult funds = metric(subject("pp-xx-yi"), "funds");
    assertThat(funds.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100000"));
    assertThat(funds.evidence().ids()).containsExactly("a-xx-1213-yi-funds");
    assertThat(metric(subject("pp-xx-yi"), "publicity").points()).isEqualByComparingTo("0.00");
  }

  @Test
  void jiaIsTheOnlyModelPairing() {
    // 双结对示范点: 切实有效 pairings, at most three; only 甲村 reaches 75
    assertThat(report.award("model-pairing").orElseThrow().subjects())
        .containsExactly("pp-xx-jia");
  }

  @Test
  void peopleCarryTheirPairingsTotals() {
    // resident cadre LEADER 1.0: 76.50; unit members MEMBER 0.8: 76.50 × 0.8 = 61.20,
    // 68.83 × 0.8 = 55.064 → 55.06, 55.50 × 0.8 = 44.40; 县文化局党员一 max(20.00 × 0.8, 4.00 × 0.8)
    assertThat(points("p-xx-zzb-resident")).isEqualByComparingTo("76.50");
    assertThat(points("p-xx-zzb-1")).isEqualByComparingTo("61.20");
    assertThat(points("p-xx-nyj-cadre")).isEqualByComparingTo("55.06");
    assertThat(points("p-xx-czj-1")).isEqualByComparingTo("44.40");
    assertThat(points("p-xx-whj-1")).isEqualByComparingTo("16.00");
    assertThat(report.personal().get(0).person()).isEqualTo("p-xx-zzb-resident");
  }

  private static SubjectResult subject(String id) {
    return report.subject(id).orElseThrow();
  }

  private static SectionResult section(SubjectResult subject, String id) {
    return subject.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static MetricResult metric(SubjectResult subject, String id) {
    return subject.sections().stream().flatMap(s -> s.metrics().stream())
        .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static BigDecimal coverage(String pairing) {
    return metric(subject(pairing), "follow-up").value().orElseThrow();
  }

  private static BigDecimal points(String person) {
    return report.person(person).orElseThrow().points();
  }
}
