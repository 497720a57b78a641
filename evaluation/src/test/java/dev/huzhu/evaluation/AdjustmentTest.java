package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.CORE;
import static dev.huzhu.evaluation.Fixtures.activity;
import static dev.huzhu.evaluation.Fixtures.brand;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static dev.huzhu.evaluation.Fixtures.standard;
import static dev.huzhu.evaluation.Fixtures.twoSections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 加分 and 扣分 (docs/assessment.md#totals): a bonus is min(pointsEach × x, cap) rounded to 2 places and added;
 * a deduction likewise, subtracted; total = max(0, sections + bonuses − deductions). The
 * explanation re-adds the total.
 *
 * <p>Bonus 每月坚持: 0.5 per distinct month with a 专题活动, at most 2. Deduction 资料未按时上传:
 * 1.5 per material shared late (a MATERIAL_SHARE tagged {@code late}), at most 6.
 */
class AdjustmentTest {

  private static final Adjustment REGULAR = Adjustment.builder().id("regular").label("每月坚持")
      .type(AdjustmentType.BONUS).measure(Measures.distinctMonths(ActivityKind.THEMATIC_ACTIVITY))
      .pointsEach(d("0.5")).cap(d("2")).build();
  private static final Adjustment LATE = Adjustment.builder().id("late").label("资料未按时上传")
      .type(AdjustmentType.DEDUCTION)
      .measure(CountMeasure.builder().addKinds(ActivityKind.MATERIAL_SHARE).addTags("late").build())
      .pointsEach(d("1.5")).cap(d("6")).build();

  @Test
  void aBonusIsPointsEachTimesTheValue() {
    // 专题活动 in Sep, Oct, Nov (two in Oct; one in Feb 2013, after the term): x = 3;
    // 0.5 × 3 = 1.50; total 80 + 1.50 = 81.50
    List<Activity> log = log("80", 0, 9, 10, 11);
    log.add(thematic(10, 30));
    log.add(thematic(2013, 2, 20));
    SubjectResult g1 = run(log);
    AdjustmentResult bonus = adjustment(g1, "regular");
    assertThat(bonus.type()).isEqualTo(AdjustmentType.BONUS);
    assertThat(bonus.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    assertThat(bonus.points().toPlainString()).isEqualTo("1.50");
    assertThat(bonus.effect().toPlainString()).isEqualTo("1.50");
    assertThat(g1.total().toPlainString()).isEqualTo("81.50");
  }

  @Test
  void aBonusIsCapped() {
    // 5 months (Sep–Jan): min(0.5 × 5, 2) = min(2.5, 2) = 2.00; total 82.00
    SubjectResult g1 = run(log("80", 0, 9, 10, 11, 12, 1));
    assertThat(adjustment(g1, "regular").points().toPlainString()).isEqualTo("2.00");
    assertThat(g1.total().toPlainString()).isEqualTo("82.00");
  }

  @Test
  void aBonusOfZeroAddsNothing() {
    SubjectResult g1 = run(log("80", 0));
    assertThat(adjustment(g1, "regular").points()).isEqualByComparingTo("0");
    assertThat(g1.total().toPlainString()).isEqualTo("80.00");
  }

  @Test
  void anAdjustmentIsRoundedHalfUpToTwoPlaces() {
    // 0.125 per month, no cap: 1 month → 0.125 → 0.13; 3 months → 0.375 → 0.38
    Adjustment eighth = Adjustment.builder().copyFrom(REGULAR).pointsEach(d("0.125")).cap(
        java.util.Optional.empty()).build();
    Policy p = oneSection().withAdjustments(eighth);
    Report one = Assessment.of(p).run(data(log("80", 0, 9)));
    Report three = Assessment.of(p).run(data(log("80", 0, 9, 10, 11)));
    assertThat(adjustment(one.subjects().get(0), "regular").points().toPlainString())
        .isEqualTo("0.13");
    assertThat(one.subjects().get(0).total().toPlainString()).isEqualTo("80.13");
    assertThat(adjustment(three.subjects().get(0), "regular").points().toPlainString())
        .isEqualTo("0.38");
  }

  @Test
  void aMissingValueAdjustsNothing() {
    // 0.1 per point of the mean rating of contests; g1 has no contest: x is missing, 0.00
    Adjustment contests = Adjustment.builder().id("contest").type(AdjustmentType.BONUS)
        .measure(Measures.mean(Quantity.RATING, ActivityKind.CONTEST)).pointsEach(d("0.1"))
        .build();
    Report r = Assessment.of(oneSection().withAdjustments(contests)).run(data(log("80", 0)));
    AdjustmentResult a = adjustment(r.subjects().get(0), "contest");
    assertThat(a.value()).isEmpty();
    assertThat(a.points()).isEqualByComparingTo("0");
    assertThat(a.label()).isEqualTo("contest");
    assertThat(r.subjects().get(0).total().toPlainString()).isEqualTo("80.00");
  }

  @Test
  void aDeductionIsSubtracted() {
    // two materials shared late: 1.5 × 2 = 3.00; total 80 − 3.00 = 77.00
    SubjectResult g1 = run(log("80", 2));
    AdjustmentResult late = adjustment(g1, "late");
    assertThat(late.type()).isEqualTo(AdjustmentType.DEDUCTION);
    assertThat(late.points().toPlainString()).isEqualTo("3.00");
    assertThat(late.effect().toPlainString()).isEqualTo("-3.00");
    assertThat(g1.total().toPlainString()).isEqualTo("77.00");
  }

  @Test
  void aDeductionIsCapped() {
    // five late: min(1.5 × 5, 6) = min(7.5, 6) = 6.00; total 74.00
    SubjectResult g1 = run(log("80", 5));
    assertThat(adjustment(g1, "late").points().toPlainString()).isEqualTo("6.00");
    assertThat(g1.total().toPlainString()).isEqualTo("74.00");
  }

  @Test
  void materialsSharedOnTimeAreNotDeducted() {
    // one late, one on time: x = 1, 1.50
    List<Activity> log = log("80", 1);
    log.add(activity("a-g1-ontime", "g1", LocalDate.of(2012, 10, 9), ActivityKind.MATERIAL_SHARE)
        .host(CORE).putQuantities(Quantity.MATERIALS, BigDecimal.ONE).build());
    SubjectResult g1 = run(log);
    assertThat(adjustment(g1, "late").value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(g1.total().toPlainString()).isEqualTo("78.50");
  }

  @Test
  void bonusesAndDeductionsTogether() {
    // 80 + 0.5 × 3 − 1.5 × 2 = 80 + 1.50 − 3.00 = 78.50
    SubjectResult g1 = run(log("80", 2, 9, 10, 11));
    assertThat(g1.total().toPlainString()).isEqualTo("78.50");
  }

  @Test
  void deductionsLargerThanTheSectionsLeaveZero() {
    // sections 2.00, three late: 4.50 → max(0, 2.00 + 0.00 − 4.50) = 0.00
    SubjectResult g1 = run(log("2", 3));
    assertThat(adjustment(g1, "late").points().toPlainString()).isEqualTo("4.50");
    assertThat(g1.total().toPlainString()).isEqualTo("0.00");
  }

  @Test
  void theExplanationReAddsTheTotal() {
    // sections 60.00 and 20.00, bonus 3 months → 1.50, deduction 2 late → 3.00:
    // 60.00 + 20.00 + 1.50 − 3.00 = 78.50
    Policy p = twoSections().withAdjustments(REGULAR, LATE);
    List<Activity> log = log("60", 2, 9, 10, 11);
    log.add(standard("g1", "20"));
    Report r = Assessment.of(p).run(data(log));
    assertThat(r.subjects().get(0).total().toPlainString()).isEqualTo("78.50");
    assertThat(r.explain("g1")).contains("total = 60.00 + 20.00 + 1.50 − 3.00 = 78.50");
  }

  @Test
  void theExplanationReAddsSectionsWithoutAdjustments() {
    // 87.55 + 66.67 = 154.22
    Report r = Assessment.of(twoSections()).run(data(List.of(brand("g1", "87.55"),
        standard("g1", "66.67"))));
    assertThat(r.explain("g1")).contains("total = 87.55 + 66.67 = 154.22");
  }

  @Test
  void theExplanationOfAFlooredTotalShowsTheSumBelowZero() {
    // 2.00 + 0.00 − 4.50 is below 0: the total is 0.00
    Report r = Assessment.of(policy()).run(data(log("2", 3)));
    String explained = r.explain("g1");
    assertThat(explained).contains("2.00").contains("4.50").contains("= 0.00");
  }

  // ---- helpers

  private static ImmutablePolicy policy() {
    return oneSection().withAdjustments(REGULAR, LATE);
  }

  private static SubjectResult run(List<Activity> log) {
    return Assessment.of(policy()).run(data(log)).subjects().get(0);
  }

  private static dev.huzhu.core.Dataset data(List<Activity> log) {
    return dataset(List.of(group("g1")), log).build();
  }

  private static AdjustmentResult adjustment(SubjectResult s, String id) {
    return s.adjustments().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * g1's 品牌课 rated {@code rating}, {@code late} materials shared late (in December), and one
   * 专题活动 on the 20th of each month given (9–12: 2012; 1: 2013).
   */
  private static List<Activity> log(String rating, int late, int... months) {
    List<Activity> log = new ArrayList<>();
    log.add(brand("g1", rating));
    for (int i = 0; i < late; i++) {
      log.add(activity("a-g1-late-" + i, "g1", LocalDate.of(2012, 12, 3 + i),
          ActivityKind.MATERIAL_SHARE).host(CORE).putQuantities(Quantity.MATERIALS, BigDecimal.ONE)
          .addTags("late").build());
    }
    for (int m : months) {
      log.add(thematic(m >= 9 ? 2012 : 2013, m, 20));
    }
    return log;
  }

  private static Activity thematic(int month, int day) {
    return thematic(month >= 9 ? 2012 : 2013, month, day);
  }

  private static Activity thematic(int year, int month, int day) {
    return activity("a-g1-thematic-" + year + "-" + month + "-" + day, "g1",
        LocalDate.of(year, month, day), ActivityKind.THEMATIC_ACTIVITY).host(CORE).build();
  }
}
