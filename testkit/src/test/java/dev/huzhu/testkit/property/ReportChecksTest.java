package dev.huzhu.testkit.property;

import static dev.huzhu.testkit.property.HandReport.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.Combination;
import dev.huzhu.evaluation.policy.ImmutableAdjustment;
import dev.huzhu.evaluation.policy.ImmutableBundling;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.ImmutableAdjustmentResult;
import dev.huzhu.evaluation.report.ImmutableMetricResult;
import dev.huzhu.evaluation.report.ImmutablePersonalPoints;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSectionResult;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The properties that read a report catch a figure changed by one cent in the hand-made report
 * of {@link HandReport}, and name it with the figures re-added by hand.
 */
class ReportChecksTest {
  static final Policy POLICY = HandReport.policy();
  static final Report REPORT = HandReport.report();

  @Test
  void theHandMadeReportPassesEveryReportCheck() {
    assertThat(POLICY.validate()).isEmpty();
    assertThat(FiguresReAdd.check(POLICY, REPORT)).isEmpty();
    assertThat(TotalsWithinBounds.check(POLICY, REPORT)).isEqualTo(PropertyOutcome.holds());
    assertThat(VetoedSubjectNoAward.check(POLICY, REPORT)).isEmpty();
  }

  @Test
  void aTotalThatDoesNotReAdd() {
    Report wrong = withSubject(1, s -> s.withTotal(d("6.01")));

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("subject t2's total is 6.01, but"
        + " max(0, sections + bonuses − deductions) is 6.00");
  }

  @Test
  void aSectionThatIsNotTheSumOfItsMetrics() {
    Report wrong = withSubject(0, s -> s.withSections(ImmutableSectionResult.copyOf(s.sections().get(0))
        .withPoints(d("9.00"))));

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("subject t1's section s has 9.00 points,"
        + " but its metrics add up to 8.00");
  }

  @Test
  void aBonusAboveItsCap() {
    Report wrong = withSubject(0, s -> s.withAdjustments(ImmutableAdjustmentResult
        .copyOf(s.adjustments().get(0)).withPoints(d("3.00"))).withTotal(d("11.00")));

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("subject t1's BONUS b gives 3.00 points;"
        + " 1 each × x = 3, capped at 2, is 2.00");
  }

  @Test
  void aRankThatIsNotTheCompetitionRank() {
    Report wrong = withSubject(1, s -> s.withRank(1));

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("subject t2 with total 6.00 has rank 1,"
        + " but 1 subject has a higher total: its competition rank is 2");
  }

  @Test
  void subjectsOutOfOrder() {
    SubjectResult t1 = REPORT.subjects().get(0);
    SubjectResult t2 = REPORT.subjects().get(1);
    Report wrong = ImmutableReport.copyOf(REPORT).withSubjects(
        ImmutableSubjectResult.copyOf(t2).withOrder(1), ImmutableSubjectResult.copyOf(t1).withOrder(2));

    // t2's rank 2 and t1's rank 1 are right; only the listing is not
    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("subject t2 (total 6.00) is listed"
        + " before t1 (total 10.00), against the order of total, then sections in declared order,"
        + " then id");
  }

  @Test
  void bundledPointsThatDoNotReAdd() {
    Report maxWrong = withPerson(2, p -> p.withPoints(d("8.00")));
    assertThat(FiguresReAdd.check(POLICY, maxWrong)).hasValue("p2 has 8.00 points, but the MAX"
        + " of their sources is 5.00");

    // under SUM, 5.00 + 3.00 = 8.00 is right and 5.00 is not
    Policy sum = ImmutablePolicy.copyOf(POLICY).withBundling(ImmutableBundling
        .copyOf(POLICY.bundling().orElseThrow()).withCombination(Combination.SUM));
    assertThat(FiguresReAdd.check(sum, maxWrong)).isEmpty();
    assertThat(FiguresReAdd.check(sum, REPORT)).hasValue("p2 has 5.00 points, but the SUM of"
        + " their sources is 8.00");

    Report sourceWrong = withPerson(1, p -> p.withSources(HandReport.source("t2", TeamRole.LEADER,
        "6.00", "1.0", "6.01")).withPoints(d("6.01")));
    assertThat(FiguresReAdd.check(POLICY, sourceWrong)).hasValue("p3 receives 6.01 from t2, but"
        + " 6.00 × 1.0 is 6.00");
  }

  @Test
  void aMembershipWithoutItsSourceIsCaught() {
    // p2 belongs to t1 and t2; with only t1's 5.00 the maximum still re-adds, but t2's 3.00 is
    // missing from the list
    Report wrong = withPerson(2, p -> p.withSources(HandReport.source("t1", TeamRole.MEMBER,
        "10.00", "0.5", "5.00")));

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("p2, a MEMBER of t2, receives no points"
        + " from it on the personal list");
  }

  @Test
  void aMemberMissingFromThePersonalListIsCaught() {
    List<PersonalPoints> people = new ArrayList<>(REPORT.personal());
    people.remove(1); // p3, t2's leader
    Report wrong = ImmutableReport.copyOf(REPORT).withPersonal(people);

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("p3, a LEADER of t2, is missing from the"
        + " personal list");
  }

  @Test
  void noOneElseIsOnThePersonalList() {
    // a stranger with no source: nothing to re-add, 0.00 is their "maximum"
    List<PersonalPoints> people = new ArrayList<>(REPORT.personal());
    people.add(HandReport.person("p9", "0.00"));
    assertThat(FiguresReAdd.check(POLICY, ImmutableReport.copyOf(REPORT).withPersonal(people)))
        .hasValue("p9 is on the personal list but is a member of no subject of the report");

    List<PersonalPoints> twice = new ArrayList<>(REPORT.personal());
    twice.add(REPORT.personal().get(0));
    assertThat(FiguresReAdd.check(POLICY, ImmutableReport.copyOf(REPORT).withPersonal(twice)))
        .hasValue("p1 is on the personal list twice");

    // p1 leads t1 once, so one source from it: 10.00 is still their maximum of two
    Report doubled = withPerson(0, p -> p.withSources(p.sources().get(0), p.sources().get(0)));
    assertThat(FiguresReAdd.check(POLICY, doubled)).hasValue("p1 receives points from t1 more than"
        + " once, though they belong to it once");

    // without bundling, no one at all
    Policy unbundled = ImmutablePolicy.copyOf(POLICY).withBundling(Optional.empty());
    assertThat(FiguresReAdd.check(unbundled, REPORT)).hasValue("the policy bundles no points, yet"
        + " the personal list names p1");
    assertThat(FiguresReAdd.check(unbundled,
        ImmutableReport.copyOf(REPORT).withPersonal(List.of()))).isEmpty();
  }

  @Test
  void anAwardOfASubjectNotInTheReport() {
    Report wrong = ImmutableReport.copyOf(REPORT).withAwards(AwardResult.builder().id("best")
        .label("优秀").forPeople(false).addSubjects("t9").build());

    assertThat(FiguresReAdd.check(POLICY, wrong)).hasValue("award best names subject t9, which is"
        + " not in the report");
  }

  @Test
  void pointsAboveTheMostTheyCanBe() {
    Report metric = withSubject(0, s -> s.withSections(ImmutableSectionResult.copyOf(s.sections().get(0))
        .withMetrics(ImmutableMetricResult.copyOf(s.sections().get(0).metrics().get(0))
            .withPoints(d("10.01")))));
    assertThat(TotalsWithinBounds.check(POLICY, metric)).isEqualTo(PropertyOutcome.violated(
        "subject t1's metric m has 10.01 points, outside 0 to 10 (x = 8)"));

    // 10 section points and a bonus capped at 2: 12 at most
    Report total = withSubject(0, s -> s.withTotal(d("12.01")));
    assertThat(TotalsWithinBounds.check(POLICY, total)).isEqualTo(PropertyOutcome.violated(
        "subject t1's total 12.01 is above the most it can be, 12 (sections 10 plus bonus caps)"));
  }

  @Test
  void anUncappedBonusLeavesTotalsWithoutUpperBound() {
    Policy uncapped = ImmutablePolicy.copyOf(POLICY).withAdjustments(ImmutableAdjustment
        .copyOf(POLICY.adjustments().get(0)).withCap(Optional.empty()));

    assertThat(TotalsWithinBounds.most(uncapped)).isEmpty();
    assertThat(TotalsWithinBounds.check(uncapped, withSubject(0, s -> s.withTotal(d("99.00")))))
        .isEqualTo(PropertyOutcome.holds());
    assertThat(TotalsWithinBounds.check(uncapped, withSubject(1, s -> s.withTotal(d("-1.00")))))
        .isEqualTo(PropertyOutcome.violated("subject t2's total -1.00 is below 0"));
  }

  @Test
  void aVetoedSubjectThatWinsSomething() {
    Report awarded = withSubject(0, s -> s.withVetoed(true).withBand("B"));
    assertThat(VetoedSubjectNoAward.check(POLICY, awarded)).hasValue("vetoed subject t1 is among award"
        + " best's subjects [t1]");

    Report named = ImmutableReport.copyOf(withSubject(0, s -> s.withVetoed(true).withBand("B")))
        .withAwards(AwardResult.builder().id("leaders").label("组长").forPeople(true)
            .addPeople(AwardedPerson.builder().person("p1").subject("t1").role(TeamRole.LEADER).build())
            .build());
    assertThat(VetoedSubjectNoAward.check(POLICY, named)).hasValue("award leaders names p1 from vetoed"
        + " subject t1");

    Report graded = ImmutableReport.copyOf(withSubject(0, s -> s.withVetoed(true))).withAwards(List.of());
    assertThat(VetoedSubjectNoAward.check(POLICY, graded)).hasValue("vetoed subject t1 has grade A,"
        + " not the last band B");
  }

  @Test
  void theFirstDifferenceOfTwoReportsIsNamed() {
    Report other = withSubject(1, s -> s.withSections(ImmutableSectionResult.copyOf(s.sections().get(0))
        .withMetrics(ImmutableMetricResult.copyOf(s.sections().get(0).metrics().get(0))
            .withPoints(d("4.00")))));

    assertThat(ReportDiff.first(REPORT, REPORT)).isEmpty();
    assertThat(ReportDiff.first(REPORT, other)).hasValue("subject at order 2: t2 metric m points 5.00"
        + " against 4.00");
    assertThat(ReportDiff.first(REPORT, withSubject(0, s -> s.withTotal(d("10.50")))))
        .hasValue("subject at order 1: t1 total 10.00 against 10.50");
  }

  private static Report withSubject(int i, UnaryOperator<ImmutableSubjectResult> change) {
    List<SubjectResult> subjects = new ArrayList<>(REPORT.subjects());
    subjects.set(i, change.apply(ImmutableSubjectResult.copyOf(subjects.get(i))));
    return ImmutableReport.copyOf(REPORT).withSubjects(subjects);
  }

  private static Report withPerson(int i, UnaryOperator<ImmutablePersonalPoints> change) {
    List<PersonalPoints> people = new ArrayList<>(REPORT.personal());
    people.set(i, change.apply(ImmutablePersonalPoints.copyOf(people.get(i))));
    return ImmutableReport.copyOf(REPORT).withPersonal(people);
  }
}
