package dev.huzhu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.validation.InvalidDatasetException;
import dev.huzhu.evaluation.InvalidPolicyException;
import dev.huzhu.evaluation.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PolicyVerifierTest {
  static final Policy ZHUCHENG = Seed.policy("zhucheng-bundled");
  static final ReportAssert SEED = PolicyVerifier.of(ZHUCHENG).given(Seed.zhucheng());
  /** The sixteen groups in the report's order, by total (re-added in {@link Seed}). */
  static final String REPORT_ORDER = "g-zc-chinese5, g-zc-math3, g-zc-math4, g-zc-chinese3,"
      + " g-zc-math5, g-zc-chinese4, g-zc-english5, g-zc-chinese2, g-zc-math1, g-zc-chinese1,"
      + " g-zc-english3, g-zc-math6, g-zc-math2, g-zc-chinese6, g-zc-english4, g-zc-english6";

  @Test
  void everyKindOfAssertionHoldsOnTheSeed() {
    // worked by hand in Seed: 三年级数学 30.00 + 60.00 + 2.00 = 92.00, second behind 五年级语文's
    // 97.10 and in the 4 seats of 优秀; 三年级语文 36.25 + 48.96 + 2.00 = 87.21, fourth, the last
    // seat; 五年级数学 87.06 reaches 85 but finds no seat; 四年级语文 has a 违规 record of 2012-11-23
    SEED.subject("g-zc-math3").hasTotal("92.00").hasTotal("92") // compared by value
        .hasSectionPoints("process", "30.00").hasSectionPoints("outcome", "60.00")
        .hasMetricPoints("thematic", "15.00").hasRawValue("thematic", "4")
        .hasRawValue("lessons", "0.6667").hasMetricPoints("lessons", "5.00")
        .hasBand("EXCELLENT").hasRank(2).isOrderedBefore("g-zc-chinese3").isNotVetoed()
        .and().subject("g-zc-chinese3").hasTotal("87.21").hasBand("EXCELLENT").hasRank(4)
        .and().subject("g-zc-chinese4").isVetoed().hasBand("FAIL")
        .and().award("outstanding-group").includes("g-zc-math3").excludes("g-zc-math5")
        // 三年级数学's own teacher (p-zc-math3-exp) led one lesson of the group, a-zc-m3-demo-2:
        // one of the two asked; 李伟 led two 示范课 of 五年级语文 (a-zc-c5-demo-1, a-zc-c5-demo-3)
        .and().award("outstanding-teacher").names("p-liwei").doesNotName("p-zc-math3-exp")
        .and().person("p-zc-math3-leader").hasPoints("92.00")
        .and().person("p-zc-chinese3-xinxing").hasPoints("87.21");
    // seed.json alone has no record: every group 0.00, no one reaches 85 nor 70, no winner
    PolicyVerifier.of(ZHUCHENG).given(Seed.structure())
        .award("outstanding-group").isEmpty().excludes("g-zc-math3")
        .and().award("outstanding-teacher").isEmpty().doesNotName("p-zc-math3-exp");
  }

  @Test
  void aFailedAssertionExplainsTheFigure() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-math3").hasMetricPoints("thematic", "14.00"));
    assertThat(e.getExpected().getStringRepresentation()).isEqualTo("14.00");
    assertThat(e.getActual().getStringRepresentation()).isEqualTo("15.00");
    assertThat(e.getMessage()).startsWith("g-zc-math3 metric thematic points: expected 14.00, but "
        + "it is 15.00\ng-zc-math3 三年级数学中心教研组 — order 2, rank 2, total 92.00, grade EXCELLENT 优秀\n")
        // the value, the points and the records behind them
        .contains("    专题活动 (thematic): x = 4 → 15.00 / 15  [4 records: a-zc-m3-theme-1, "
            + "a-zc-m3-theme-2, a-zc-m3-theme-3, a-zc-m3-theme-4]\n")
        .endsWith("  total = 30.00 + 60.00 + 2.00 = 92.00");
  }

  @Test
  void aFailedRankShowsTheTable() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-chinese3").hasRank(1));
    // 87.21 is fourth, behind 97.10, 92.00 and 88.52
    assertThat(e.getMessage()).startsWith("g-zc-chinese3 rank: expected 1, but it is 4\n"
        + "中心教研组捆绑考核 (zhucheng-bundled-2012, 2012-09-01 to 2013-01-31)\n");
  }

  @Test
  void aFailedOrderNamesBothPlaces() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-chinese3").isOrderedBefore("g-zc-math3"));
    assertThat(e.getMessage()).startsWith("order: expected g-zc-chinese3 before g-zc-math3, but "
        + "g-zc-chinese3 is #4 and g-zc-math3 is #2\n");
    assertThat(e.getActual().getStringRepresentation()).isEqualTo("g-zc-math3 before g-zc-chinese3");
  }

  @Test
  void aFailedPersonShowsWhereThePointsCameFrom() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.person("p-zc-math3-leader").hasPoints("90.00"));
    assertThat(e.getMessage()).startsWith("p-zc-math3-leader points: expected 90.00, but they are "
        + "92.00\np-zc-math3-leader 诸城市实验小学三年级数学名师: 92.00, from\n"
        + "  g-zc-math3 LEADER: round2(92.00 × 1.0) = 92.00\n");
  }

  @Test
  void aSubjectTheReportLacksIsNamedWithTheOnesItHas() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-music3").hasTotal("1"));
    assertThat(e.getMessage()).startsWith("g-zc-music3 total: expected 1, but no subject "
        + "g-zc-music3 in the report of zhucheng-bundled-2012; it assesses " + REPORT_ORDER + "\n");
  }

  @Test
  void aMetricThePolicyLacksIsSaid() {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-math3").hasMetricPoints("thematc", "15"));
    assertThat(e.getMessage()).startsWith("g-zc-math3 metric thematc points: expected 15, but the "
        + "report has no metric thematc for g-zc-math3\n");
  }

  @Test
  void aMissingValueIsItsOwnExpectation() {
    // 诸城's structure alone has no score record: the improvement of quality tests is missing
    ReportAssert noScores = PolicyVerifier.of(ZHUCHENG).given(Seed.structure());
    noScores.subject("g-zc-math3").hasMissingValue("quality").hasMetricPoints("quality", "0.00");
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> SEED.subject("g-zc-math3").hasMissingValue("quality"));
    assertThat(e.getMessage()).startsWith("g-zc-math3 metric quality raw value: expected missing, "
        + "but it is 2.9645\n");
  }

  @Test
  void aFewRecordsBuiltInTheTest() {
    // two thematic activities of 数学组 in the term: the tier "at least 2" gives 9 of 15 points,
    // and its months (September, October) give the 每月坚持 bonus 2 × 0.5 = 1.00; without
    // materials, lessons or scores the total is 9.00 + 1.00
    Activity first = thematic("a-test-theme-1", LocalDate.of(2012, 9, 20));
    Activity second = thematic("a-test-theme-2", LocalDate.of(2012, 10, 18));
    PolicyVerifier.of(ZHUCHENG).given(Seed.structure(), first, second)
        .subject("g-zc-math3").hasRawValue("thematic", "2").hasMetricPoints("thematic", "9.00")
        .hasSectionPoints("process", "9.00").hasTotal("10.00").hasBand("FAIL")
        .isOrderedBefore("g-zc-chinese3");
  }

  @Test
  void anInvalidPolicyOrDatasetIsRefusedWithItsProblems() {
    Policy broken = dev.huzhu.evaluation.policy.ImmutablePolicy.copyOf(ZHUCHENG)
        .withId("not an id");
    assertThat(catchThrowableOfType(InvalidPolicyException.class, () -> PolicyVerifier.of(broken))
        .problems()).extracting(p -> p.code().name()).containsExactly("INVALID_ID");
    Activity dangling = Activity.builder().id("a-x").kind(ActivityKind.THEMATIC_ACTIVITY)
        .date(LocalDate.of(2012, 9, 20)).addCredited("g-nowhere")
        .addParticipants(Participant.lead("p-zc-math3-leader")).build();
    assertThat(catchThrowableOfType(InvalidDatasetException.class,
        () -> PolicyVerifier.of(ZHUCHENG).given(Seed.structure(), dangling)).problems())
        .extracting(p -> p.path()).containsExactly("activities[" + Seed.structure().activities().size()
            + "].credited[0]");
  }

  private static Activity thematic(String id, LocalDate date) {
    return Activity.builder().id(id).kind(ActivityKind.THEMATIC_ACTIVITY).date(date)
        .addCredited("g-zc-math3").host("s-zc-exp")
        .addParticipants(Participant.lead("p-zc-math3-leader")).build();
  }
}
