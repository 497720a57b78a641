package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
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

    Dataset moved = SchoolYears.moveGenerated(d, LocalDate.of(2026, 9, 1));

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
    Dataset moved = SchoolYears.moveGenerated(generated(seed), LocalDate.of(2001, 12, 24));

    assertThat(moved.validate()).as("seed %d", seed).isEmpty();
    assertThat(moved.activities()).allSatisfy(a -> assertThat(SchoolYears.of(a.date())).isEqualTo(2001));
  }

  @Test
  void theSameSchoolYearChangesNothing() {
    Dataset d = generated(1);

    assertThat(SchoolYears.moveGenerated(d, LocalDate.of(2013, 2, 1))).isSameAs(d);
  }
}
