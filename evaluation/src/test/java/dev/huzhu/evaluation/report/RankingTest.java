package dev.huzhu.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Ranking}: the order is total descending, then each section's points in declared order
 * descending, then id; the rank is the competition rank on the total alone.
 */
class RankingTest {

  @Test
  void ordersByTotalThenSectionsInDeclaredOrderThenId() {
    // g-a leads on total (160); the rest tie on 150 (adjustments make up the difference from
    // their sections): g-c leads on section 1 (90 > 80); g-d then leads on section 2 (75 > 70);
    // g-b and g-e tie on both sections, so the id decides
    List<SubjectResult> ranked = Ranking.rank(List.of(
        subject("g-e", "150.00", "80", "70"), subject("g-b", "150.00", "80", "70"),
        subject("g-d", "150.00", "80", "75"), subject("g-a", "160.00", "100", "60"),
        subject("g-c", "150.00", "90", "60")));
    assertThat(ranked).extracting(SubjectResult::id, SubjectResult::order).containsExactly(
        tuple("g-a", 1), tuple("g-c", 2), tuple("g-d", 3), tuple("g-b", 4), tuple("g-e", 5));
  }

  @Test
  void rankIsTheCompetitionRankOnTheTotalAlone() {
    // 95, 90, 90, 80: ranks 1, 2, 2, 4 although the order separates the two 90s
    List<SubjectResult> ranked = Ranking.rank(List.of(subject("g4", "80.00", "80", "0"),
        subject("g2", "90.00", "40", "50"), subject("g3", "90.00", "50", "40"),
        subject("g1", "95.00", "95", "0")));
    assertThat(ranked).extracting(SubjectResult::id, SubjectResult::rank)
        .containsExactly(tuple("g1", 1), tuple("g3", 2), tuple("g2", 2), tuple("g4", 4));
  }

  @Test
  void equalTotalsOfAnotherScaleTie() {
    // 90 and 90.00 are the same total: one rank, then the id decides the order
    List<SubjectResult> ranked = Ranking.rank(List.of(subject("g2", "90", "90", "0"),
        subject("g1", "90.00", "90.00", "0")));
    assertThat(ranked).extracting(SubjectResult::id, SubjectResult::rank)
        .containsExactly(tuple("g1", 1), tuple("g2", 1));
  }

  private static SubjectResult subject(String id, String total, String first, String second) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(id).order(0).rank(0)
        .total(new BigDecimal(total)).vetoed(false)
        .addSections(section("s1", first), section("s2", second)).build();
  }

  private static SectionResult section(String id, String points) {
    return SectionResult.builder().id(id).label(id).maxPoints(new BigDecimal("100"))
        .points(new BigDecimal(points)).build();
  }
}
