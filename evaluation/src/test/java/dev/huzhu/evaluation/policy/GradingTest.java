package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Grading#assign}: seats (名额) = quota × N rounded as the grading says; walking the
 * subjects in the order given, each takes the first band it reaches that has a seat left; a
 * vetoed subject gets the last band. Bands: EXCELLENT from 85 with a quota, GOOD from 70, FAIL 0.
 */
class GradingTest {

  @Test
  void floorGivesOneSeatOfFive() {
    // 30% of 5 = 1.5 → floor → 1 seat: 96 takes it; 94, 92, 90, 88 reach 85 but find none
    assertThat(grades(grading("0.3", QuotaRounding.FLOOR), "96", "94", "92", "90", "88"))
        .containsExactly("EXCELLENT", "GOOD", "GOOD", "GOOD", "GOOD");
  }

  @Test
  void halfUpGivesTwoSeatsOfFive() {
    // 30% of 5 = 1.5 → half-up → 2 seats
    assertThat(grades(grading("0.3", QuotaRounding.HALF_UP), "96", "94", "92", "90", "88"))
        .containsExactly("EXCELLENT", "EXCELLENT", "GOOD", "GOOD", "GOOD");
  }

  @Test
  void ceilingRoundsAPartSeatUp() {
    // 45% of 4 = 1.8 → ceiling → 2 seats; floor would give 1
    assertThat(grades(grading("0.45", QuotaRounding.CEILING), "96", "94", "92", "90"))
        .containsExactly("EXCELLENT", "EXCELLENT", "GOOD", "GOOD");
    assertThat(grades(grading("0.45", QuotaRounding.FLOOR), "96", "94", "92", "90"))
        .containsExactly("EXCELLENT", "GOOD", "GOOD", "GOOD");
  }

  @Test
  void theWalkFollowsTheOrderGivenNotTheTotals() {
    // 50% of 2 = 1 seat: the first subject given takes it although the second has more
    assertThat(grades(grading("0.5", QuotaRounding.FLOOR), "86", "99"))
        .containsExactly("EXCELLENT", "GOOD");
  }

  @Test
  void aVetoedSubjectGetsTheLastBandAndTakesNoSeat() {
    // 50% of 4 = 2 seats; the vetoed 97 is FAIL and leaves both seats to 95 and 91
    List<SubjectResult> ordered = List.of(subject("97", true), subject("95", false),
        subject("91", false), subject("88", false));
    assertThat(grading("0.5", QuotaRounding.FLOOR).assign(ordered)).extracting(Band::id)
        .containsExactly("FAIL", "EXCELLENT", "EXCELLENT", "GOOD");
  }

  @Test
  void minimumTotalsAreInclusive() {
    // no seat is short: 50% of 4 = 2; 85.00 reaches EXCELLENT, 70.00 GOOD, 69.99 FAIL
    assertThat(grades(grading("0.5", QuotaRounding.FLOOR), "85.00", "84.99", "70.00", "69.99"))
        .containsExactly("EXCELLENT", "GOOD", "GOOD", "FAIL");
  }

  @Test
  void noSubjectsNoBands() {
    assertThat(grading("0.3", QuotaRounding.FLOOR).assign(List.of())).isEmpty();
  }

  private static Grading grading(String quota, QuotaRounding rounding) {
    return Grading.builder().quotaRounding(rounding)
        .addBands(Band.builder().id("EXCELLENT").label("优秀").minTotal(new BigDecimal("85"))
                .quota(new BigDecimal(quota)).build(),
            Band.of("GOOD", "良好", new BigDecimal("70")), Band.of("FAIL", "不合格", BigDecimal.ZERO))
        .build();
  }

  /** The grade of each subject, none vetoed, with these totals in this order. */
  private static List<String> grades(Grading grading, String... totals) {
    List<SubjectResult> ordered = new ArrayList<>();
    for (String total : totals) {
      ordered.add(subject(total, false));
    }
    return grading.assign(ordered).stream().map(Band::id).toList();
  }

  private static SubjectResult subject(String total, boolean vetoed) {
    return SubjectResult.builder().id("g-" + total).kind(SubjectKind.TEAM).label("组 " + total)
        .order(0).rank(0).total(new BigDecimal(total)).vetoed(vetoed).build();
  }
}
