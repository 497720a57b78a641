package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.activity;
import static dev.huzhu.evaluation.Fixtures.brand;
import static dev.huzhu.evaluation.Fixtures.d;
import static dev.huzhu.evaluation.Fixtures.dataset;
import static dev.huzhu.evaluation.Fixtures.group;
import static dev.huzhu.evaluation.Fixtures.standard;
import static dev.huzhu.evaluation.Fixtures.twoSections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Lists;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.team.Team;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Order and rank (docs/assessment.md#order-and-rank): subjects are ordered by total descending, then each section's
 * points in the declared order descending, then id ascending; the rank is the competition rank
 * on the total alone (1, 2, 2, 4). Under the two-section fixture policy a group's sections are
 * the ratings of its 品牌课 (first) and 达标课 (second).
 */
class OrderAndRankTest {

  @Test
  void subjectsAreOrderedByTotalDescending() {
    // g1 60 + 10 = 70, g2 50 + 40 = 90, g3 80 + 0 = 80
    Report r = run(List.of(g("g1", "60", "10"), g("g2", "50", "40"), g("g3", "80", "0")));
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::order,
        SubjectResult::rank, s -> s.total().toPlainString())
        .containsExactly(tuple("g2", 1, 1, "90.00"), tuple("g3", 2, 2, "80.00"),
            tuple("g1", 3, 3, "70.00"));
  }

  @Test
  void aTieOnTotalIsBrokenByTheFirstSection() {
    // g1 50 + 30 = 80, g2 60 + 20 = 80: g2's first section (60) is higher, so g2 comes first
    // although g1's id is smaller; both share rank 1
    Report r = run(List.of(g("g1", "50", "30"), g("g2", "60", "20")));
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::order, SubjectResult::rank)
        .containsExactly(tuple("g2", 1, 1), tuple("g1", 2, 1));
  }

  @Test
  void aTieOnTotalAndFirstSectionIsBrokenByTheSecond() {
    // g1: 50 + 28 + bonus 4 months × 0.5 = 2 → 80.00; g2: 50 + 30 + 0 = 80.00.
    // Totals and first sections tie; g2's second section (30 > 28) puts it first.
    Policy p = twoSections().withAdjustments(Adjustment.builder().id("regular").label("每月坚持")
        .type(AdjustmentType.BONUS).measure(Measures.distinctMonths(ActivityKind.THEMATIC_ACTIVITY))
        .pointsEach(d("0.5")).cap(d("2")).build());
    List<Activity> log = new ArrayList<>();
    log.addAll(g("g1", "50", "28"));
    log.addAll(g("g2", "50", "30"));
    for (int month = 9; month <= 12; month++) {
      log.add(activity("a-g1-thematic-" + month, "g1", LocalDate.of(2012, month, 20),
          ActivityKind.THEMATIC_ACTIVITY).build());
    }
    Report r = Assessment.of(p).run(dataset(List.of(group("g1"), group("g2")), log).build());

    assertThat(r.subject("g1").orElseThrow().total()).isEqualByComparingTo("80.00");
    assertThat(r.subject("g2").orElseThrow().total()).isEqualByComparingTo("80.00");
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::rank)
        .containsExactly(tuple("g2", 1), tuple("g1", 1));
  }

  @Test
  void aFullTieIsBrokenByIdAscending() {
    // every figure equal: 50 + 30 = 80; listed g3, g2, g1 in the dataset
    Report r = run(List.of(g("g3", "50", "30"), g("g2", "50", "30"), g("g1", "50", "30")));
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::order, SubjectResult::rank)
        .containsExactly(tuple("g1", 1, 1), tuple("g2", 2, 1), tuple("g3", 3, 1));
  }

  @Test
  void competitionRankSkipsAfterATie() {
    // g1 60 + 30 = 90; g2 50 + 30 = 80; g3 60 + 20 = 80; g4 40 + 30 = 70.
    // Order: g1, then g3 before g2 (first section 60 > 50), then g4. Ranks 1, 2, 2, 4.
    Report r = run(List.of(g("g1", "60", "30"), g("g2", "50", "30"), g("g3", "60", "20"),
        g("g4", "40", "30")));
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::order, SubjectResult::rank)
        .containsExactly(tuple("g1", 1, 1), tuple("g3", 2, 2), tuple("g2", 3, 2),
            tuple("g4", 4, 4));
  }

  @Test
  void aThreeWayTieAtTheTopSharesRankOne() {
    // 80, 80, 80, 70 → ranks 1, 1, 1, 4
    Report r = run(List.of(g("g1", "40", "40"), g("g2", "70", "10"), g("g3", "55", "25"),
        g("g4", "35", "35")));
    // first sections 70 (g2) > 55 (g3) > 40 (g1)
    assertThat(r.subjects()).extracting(SubjectResult::id, SubjectResult::rank)
        .containsExactly(tuple("g2", 1), tuple("g3", 1), tuple("g1", 1), tuple("g4", 4));
  }

  @Test
  void sectionsAreTheSumOfTheirMetricsAndTheTotalTheSumOfSections() {
    // 87.55 + 66.67 = 154.22
    Report r = run(List.of(g("g1", "87.55", "66.67")));
    SubjectResult s = r.subject("g1").orElseThrow();
    assertThat(s.sections()).extracting(x -> x.id(), x -> x.points().toPlainString())
        .containsExactly(tuple("s-brand", "87.55"), tuple("s-standard", "66.67"));
    assertThat(s.total()).isEqualByComparingTo("154.22");
  }

  @Test
  void aSubjectWithNoRecordsIsLastWithMissingValuesAndZeroPoints() {
    // g2 has no lessons: both means are missing, each scores 0.00, total 0.00
    Report r = Assessment.of(twoSections()).run(dataset(List.of(group("g1"), group("g2")),
        g("g1", "10", "0")).build());
    SubjectResult g2 = r.subjects().get(1);
    assertThat(g2.id()).isEqualTo("g2");
    assertThat(g2.total()).isEqualByComparingTo("0");
    assertThat(g2.metric("brand").orElseThrow().isMissing()).isTrue();
    assertThat(g2.metric("brand").orElseThrow().points()).isEqualByComparingTo("0");
    assertThat(g2.metric("standard").orElseThrow().isMissing()).isTrue();
    assertThat(r.subjects().get(0).metric("standard").orElseThrow().isMissing()).isFalse();
  }

  @Test
  void theOrderOfTheInputDoesNotMatter() {
    List<List<Activity>> groups = List.of(g("g1", "60", "30"), g("g2", "50", "30"),
        g("g3", "60", "20"), g("g4", "40", "30"));
    List<Activity> log = new ArrayList<>();
    groups.forEach(log::addAll);
    List<Team> teams = List.of(group("g1"), group("g2"), group("g3"), group("g4"));
    Dataset forward = dataset(teams, log).build();
    Dataset backward = dataset(Lists.reverse(teams), Lists.reverse(log)).build();
    Assessment a = Assessment.of(twoSections());
    assertThat(a.run(backward)).isEqualTo(a.run(forward));
  }

  // ---- helpers

  /** A group's 品牌课 and 达标课, rated. */
  private static List<Activity> g(String group, String brand, String standard) {
    return List.of(brand(group, brand), standard(group, standard));
  }

  private static Report run(List<List<Activity>> groups) {
    List<Team> teams = new ArrayList<>();
    List<Activity> log = new ArrayList<>();
    for (List<Activity> g : groups) {
      teams.add(group(g.get(0).credited().get(0)));
      log.addAll(g);
    }
    return Assessment.of(twoSections()).run(dataset(teams, log).build());
  }
}
