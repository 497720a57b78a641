package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Moving generated data into another school year keeps it valid and moves every date. */
class SchoolYearsTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  static Dataset generated(long seed) {
    return SyntheticDatasets.generate(seed, Scale.of(2, 3, 300)).dataset();
  }

  @Test
  void aSchoolYearStartsInSeptember() {
    assertThat(SchoolYears.of(LocalDate.of(2012, 9, 1))).isEqualTo(2012);
    assertThat(SchoolYears.of(LocalDate.of(2013, 3, 1))).isEqualTo(2012);
    assertThat(SchoolYears.of(LocalDate.of(2013, 8, 31))).isEqualTo(2012);
    assertThat(SchoolYears.of(LocalDate.of(2013, 9, 1))).isEqualTo(2013);
    assertThat(SchoolYears.of(LocalDate.of(2027, 1, 31))).isEqualTo(2026);
  }

  @Test
  void theShiftIsTheOneThatOverlapsThePeriodMost() {
    // the fall term 2012 is inside the generated year; 2026's is the same term 14 years on
    assertThat(SchoolYears.yearsFor(TestPolicies.FALL_2012)).isZero();
    assertThat(SchoolYears.yearsFor(period("2026-09-01", "2027-01-31"))).isEqualTo(14);
    assertThat(SchoolYears.yearsFor(period("2001-12-24", "2002-06-30"))).isEqualTo(-11);
    // starting on 27 August puts the start in school year 2011, but moved back a year the
    // generated data would meet the period on 27–31 August 2012 only (5 days), left where it is on
    // 1 September to 31 January (30 + 31 + 30 + 31 + 31 = 153 days)
    assertThat(SchoolYears.daysIn(period("2012-08-27", "2013-01-31"), -1)).isEqualTo(5);
    assertThat(SchoolYears.daysIn(period("2012-08-27", "2013-01-31"), 0)).isEqualTo(153);
    assertThat(SchoolYears.yearsFor(period("2012-08-27", "2013-01-31"))).isZero();
    // August 2013 to July 2014: left where it is, only August 2013 (31 days); a year on, 1
    // September 2013 to 31 July 2014, the whole generated year but August (365 − 31 = 334 days)
    assertThat(SchoolYears.daysIn(period("2013-08-01", "2014-07-31"), 0)).isEqualTo(31);
    assertThat(SchoolYears.daysIn(period("2013-08-01", "2014-07-31"), 1)).isEqualTo(334);
    assertThat(SchoolYears.yearsFor(period("2013-08-01", "2014-07-31"))).isEqualTo(1);
  }

  @Test
  void aTieGoesToTheEarlierShift() {
    // 30–31 August 2013 left where it is, 1–2 September 2013 a year on: 2 days each
    assertThat(SchoolYears.daysIn(period("2013-08-30", "2013-09-02"), 0)).isEqualTo(2);
    assertThat(SchoolYears.daysIn(period("2013-08-30", "2013-09-02"), 1)).isEqualTo(2);
    assertThat(SchoolYears.yearsFor(period("2013-08-30", "2013-09-02"))).isZero();
    // 2010 to 2030 holds every school year from 2010–2011 whole: the first of them, 2 years back,
    // even though the school year 2011–2012 has a 29 February (no generated date moves onto it)
    assertThat(SchoolYears.daysIn(period("2010-01-01", "2030-12-31"), -3)).isEqualTo(243);
    assertThat(SchoolYears.daysIn(period("2010-01-01", "2030-12-31"), -1)).isEqualTo(365);
    assertThat(SchoolYears.yearsFor(period("2010-01-01", "2030-12-31"))).isEqualTo(-2);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theGeneratedLogLiesInTheSchoolYearTheTestkitAssumes(long seed) {
    Dataset d = generated(seed);

    assertThat(d.activities()).allSatisfy(a ->
        assertThat(SchoolYears.of(a.date())).as("seed %d, %s", seed, a.id()).isEqualTo(SchoolYears.GENERATED));
    assertThat(d.exchanges()).allSatisfy(x ->
        assertThat(SchoolYears.of(x.start())).as("seed %d, %s", seed, x.id()).isEqualTo(SchoolYears.GENERATED));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void movingFourteenYearsOnKeepsTheDatasetValidAndMovesEveryDate(long seed) {
    Dataset d = generated(seed);

    Dataset moved = SchoolYears.moveGenerated(d, AssessmentPeriod.of(LocalDate.of(2026, 9, 1),
        LocalDate.of(2027, 1, 31)));

    assertThat(moved.validate()).as("seed %d", seed).isEmpty();
    for (int i = 0; i < d.activities().size(); i++) {
      Activity a = d.activities().get(i);
      Activity b = moved.activities().get(i);
      assertThat(b.date()).as("seed %d, %s", seed, a.id()).isEqualTo(a.date().plusYears(14));
      assertThat(b.id()).isEqualTo(a.id());
    }
    for (int i = 0; i < d.exchanges().size(); i++) {
      Exchange a = d.exchanges().get(i);
      Exchange b = moved.exchanges().get(i);
      assertThat(b.start()).as("seed %d, %s", seed, a.id()).isEqualTo(a.start().plusYears(14));
      assertThat(b.end()).as("seed %d, %s", seed, a.id()).isEqualTo(a.end().plusYears(14));
    }
    for (int i = 0; i < d.communities().size(); i++) {
      Community a = d.communities().get(i);
      Community b = moved.communities().get(i);
      assertThat(b.established()).as("seed %d, %s", seed, a.id())
          .isEqualTo(a.established().plusYears(14));
    }
    assertThat(moved.scores()).isEqualTo(d.scores());
    assertThat(moved.teams()).isEqualTo(d.teams());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void movingBackKeepsItValidToo(long seed) {
    Dataset moved = SchoolYears.moveGenerated(generated(seed), AssessmentPeriod.of(LocalDate.of(2001, 12, 24),
        LocalDate.of(2002, 6, 30)));

    assertThat(moved.validate()).as("seed %d", seed).isEmpty();
    assertThat(moved.activities()).allSatisfy(a -> assertThat(SchoolYears.of(a.date())).isEqualTo(2001));
  }

  @Test
  void theSameSchoolYearChangesNothing() {
    Dataset d = generated(1);

    assertThat(SchoolYears.moveGenerated(d, AssessmentPeriod.of(LocalDate.of(2013, 2, 1),
        LocalDate.of(2013, 6, 30)))).isSameAs(d);
  }

  static AssessmentPeriod period(String from, String to) {
    return AssessmentPeriod.of(LocalDate.parse(from), LocalDate.parse(to));
  }
}
