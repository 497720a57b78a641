package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.brands;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.grading;
import static dev.huzhu.evaluation.Fixtures.oneSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.team.Team;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.QuotaRounding;
import dev.huzhu.evaluation.report.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Grading (docs/assessment.md#grading): walking the subjects in order, each gets the first band whose minTotal it
 * reaches and whose seats are not used up; a quota's seats are floor(quota × N) unless the policy
 * rounds half-up or up. Under the one-section fixture policy a group's total is the rating of its
 * one 品牌课. Bands: EXCELLENT from 85 (quota), GOOD 70, PASS 60, FAIL 0.
 */
class GradingTest {

  private static final List<String> SEVEN = List.of("g1", "g2", "g3", "g4", "g5", "g6", "g7");
  /** Totals of g1..g7, already in order (ties broken by id). */
  private static final String[] SEVEN_TOTALS = {"100", "95", "95", "90", "90", "90", "85"};

  @Test
  void floorGivesTwoSeatsOfSevenAndTheNextThatReachesExcellentIsGood() {
    // 30% of 7 = 2.1 → floor → 2 seats: g1, g2. g3 (95, tied with g2 on total, after it by id)
    // and every other reaches 85 but finds no seat: the next band it reaches is GOOD (≥ 70).
    Report r = run(grading("0.3", QuotaRounding.FLOOR), SEVEN, SEVEN_TOTALS);
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 EXCELLENT", "g3 GOOD", "g4 GOOD",
        "g5 GOOD", "g6 GOOD", "g7 GOOD");
  }

  @Test
  void ceilingGivesThreeSeatsOfSeven() {
    // 30% of 7 = 2.1 → ceiling → 3 seats
    Report r = run(grading("0.3", QuotaRounding.CEILING), SEVEN, SEVEN_TOTALS);
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 EXCELLENT", "g3 EXCELLENT",
        "g4 GOOD", "g5 GOOD", "g6 GOOD", "g7 GOOD");
  }

  @Test
  void halfUpOfSevenStillGivesTwoSeats() {
    // 30% of 7 = 2.1 → half-up → 2
    Report r = run(grading("0.3", QuotaRounding.HALF_UP), SEVEN, SEVEN_TOTALS);
    assertThat(grades(r)).startsWith("g1 EXCELLENT", "g2 EXCELLENT", "g3 GOOD");
  }

  @Test
  void halfUpGivesTwoSeatsOfFive() {
    // 30% of 5 = 1.5 → half-up → 2 seats
    Report r = run(grading("0.3", QuotaRounding.HALF_UP), SEVEN.subList(0, 5),
        "96", "94", "92", "90", "88");
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 EXCELLENT", "g3 GOOD", "g4 GOOD",
        "g5 GOOD");
  }

  @Test
  void floorGivesOneSeatOfFive() {
    // 30% of 5 = 1.5 → floor → 1 seat
    Report r = run(grading("0.3", QuotaRounding.FLOOR), SEVEN.subList(0, 5),
        "96", "94", "92", "90", "88");
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 GOOD", "g3 GOOD", "g4 GOOD",
        "g5 GOOD");
  }

  @Test
  void floorIsTheDefaultRounding() {
    // no quotaRounding given: 30% of 5 = 1.5 → 1 seat
    Grading g = Grading.builder().addAllBands(grading("0.3", QuotaRounding.FLOOR).bands()).build();
    Report r = run(g, SEVEN.subList(0, 5), "96", "94", "92", "90", "88");
    assertThat(grades(r)).startsWith("g1 EXCELLENT", "g2 GOOD");
  }

  @Test
  void quotaSmallerThanOneSubjectGivesNoSeat() {
    // 30% of 3 = 0.9 → floor → 0 seats: even 100 is GOOD
    Report r = run(grading("0.3", QuotaRounding.FLOOR), SEVEN.subList(0, 3), "100", "99", "98");
    assertThat(grades(r)).containsExactly("g1 GOOD", "g2 GOOD", "g3 GOOD");
  }

  @Test
  void minimumTotalsAreInclusive() {
    // 50% of 6 = 3 seats, but only g1 reaches 85 (exactly); 70.00 is GOOD, 69.99 PASS,
    // 60.00 PASS, 59.99 FAIL, 0.00 FAIL
    Report r = run(grading("0.5", QuotaRounding.FLOOR), SEVEN.subList(0, 6),
        "85.00", "70.00", "69.99", "60.00", "59.99", "0");
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 GOOD", "g3 PASS", "g4 PASS",
        "g5 FAIL", "g6 FAIL");
  }

  @Test
  void seatsAreNotTakenBySubjectsBelowTheMinimum() {
    // 50% of 4 = 2 seats; only g1 reaches 85, the second seat stays empty
    Report r = run(grading("0.5", QuotaRounding.FLOOR), SEVEN.subList(0, 4),
        "90", "84.99", "75", "61");
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 GOOD", "g3 GOOD", "g4 PASS");
  }

  @Test
  void aSubjectWithoutASeatInTwoBandsFallsToTheNextItReaches() {
    // EXCELLENT 25% of 4 = 1 seat, GOOD 25% of 4 = 1 seat.
    // 95 → EXCELLENT; 90 → no EXCELLENT seat → GOOD; 80 → no GOOD seat → PASS; 65 → PASS
    Grading g = Grading.builder()
        .addBands(Band.builder().id("EXCELLENT").label("优秀").minTotal(d("85")).quota(d("0.25"))
                .build(),
            Band.builder().id("GOOD").label("良好").minTotal(d("70")).quota(d("0.25")).build(),
            Band.of("PASS", "合格", d("60")), Band.of("FAIL", "不合格", d("0")))
        .build();
    Report r = run(g, SEVEN.subList(0, 4), "95", "90", "80", "65");
    assertThat(grades(r)).containsExactly("g1 EXCELLENT", "g2 GOOD", "g3 PASS", "g4 PASS");
  }

  @Test
  void gradeCarriesTheBandsLabel() {
    Report r = run(grading("0.5", QuotaRounding.FLOOR), SEVEN.subList(0, 4), "95", "80", "65", "30");
    assertThat(r.subjects()).extracting(s -> s.band().orElseThrow(), s -> s.bandLabel().orElseThrow())
        .containsExactly(tuple("EXCELLENT", "优秀"), tuple("GOOD", "良好"), tuple("PASS", "合格"),
            tuple("FAIL", "不合格"));
  }

  @Test
  void withoutGradingNoSubjectHasAGrade() {
    Policy p = oneSection();
    Report r = Assessment.of(p).run(data(SEVEN.subList(0, 2), "95", "60"));
    assertThat(r.subjects()).allSatisfy(s -> {
      assertThat(s.band()).isEmpty();
      assertThat(s.bandLabel()).isEmpty();
    });
  }

  // ---- helpers

  private static Report run(Grading grading, List<String> groups, String... totals) {
    Policy p = oneSection().withGrading(grading);
    return Assessment.of(p).run(data(groups, totals));
  }

  private static Dataset data(List<String> groups, String... totals) {
    List<Team> teams = groups.stream().map(Fixtures::group).collect(Collectors.toList());
    return dataset(teams, brands(groups, totals)).build();
  }

  /** "id GRADE" of each subject in report order. */
  private static List<String> grades(Report r) {
    return r.subjects().stream().map(s -> s.id() + " " + s.band().orElse("-"))
        .collect(Collectors.toList());
  }
}
