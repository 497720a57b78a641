package dev.huzhu.testkit.property;

import static dev.huzhu.core.activity.ActivityKind.FORUM;
import static dev.huzhu.core.activity.ActivityKind.THEMATIC_ACTIVITY;

import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Bundling;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;

/**
 * A policy and a report of it written by hand, every figure re-added in the comments, for the
 * checks that read a report: tests change one figure and see it caught.
 *
 * <p>Policy: one section {@code s} of 10 points with metric {@code m} (thematic activities,
 * linear to 10); a bonus {@code b} of 1 per forum, capped at 2; bands A (8 and up) and B;
 * award {@code best} of grade A; bundling LEADER 1.0, MEMBER 0.5, the maximum of several groups.
 */
final class HandReport {
  private HandReport() {}

  static Policy policy() {
    return Policy.builder().id("hand").title("手算").period(TestPolicies.FALL_2012)
        .subjects(SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP))
        .addSections(Section.builder().id("s").label("过程").points(d("10"))
            .addMetrics(Metric.builder().id("m").label("专题活动").points(d("10"))
                .measure(Measures.count(THEMATIC_ACTIVITY)).scoring(LinearScoring.of(d("10"))).build())
            .build())
        .addAdjustments(Adjustment.builder().id("b").type(AdjustmentType.BONUS)
            .measure(Measures.count(FORUM)).pointsEach(d("1")).cap(d("2")).build())
        .grading(Grading.builder().addBands(Band.of("A", "优", d("8")), Band.of("B", "合格", d("0"))).build())
        .addAwards(Award.builder().id("best").label("优秀").addBands("A").build())
        .bundling(Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
            .putCoefficients(TeamRole.MEMBER, d("0.5")).build())
        .build();
  }

  /**
   * t1: m = 8 → 8.00; section 8.00; b = 3 forums → min(3, 2) = 2.00; total 10.00, order 1, rank 1,
   * grade A. t2: m = 5 → 5.00; b = 1 → 1.00; total 6.00, order 2, rank 2, grade B. People: p1
   * leads t1 → 10.00 × 1.0 = 10.00; p2 is a member of both → max(10.00 × 0.5, 6.00 × 0.5) =
   * max(5.00, 3.00) = 5.00; p3 leads t2 → 6.00.
   */
  static Report report() {
    SubjectResult t1 = subject("t1", 1, 1, "8", "8.00", "3", "2.00", "10.00", "A", "p1");
    SubjectResult t2 = subject("t2", 2, 2, "5", "5.00", "1", "1.00", "6.00", "B", "p3");
    return Report.builder().policyId("hand").title("手算").period(TestPolicies.FALL_2012)
        .addSubjects(t1, t2)
        .addAwards(AwardResult.builder().id("best").label("优秀").forPeople(false).addSubjects("t1").build())
        .addPersonal(person("p1", "10.00", source("t1", TeamRole.LEADER, "10.00", "1.0", "10.00")),
            person("p3", "6.00", source("t2", TeamRole.LEADER, "6.00", "1.0", "6.00")),
            person("p2", "5.00", source("t1", TeamRole.MEMBER, "10.00", "0.5", "5.00"),
                source("t2", TeamRole.MEMBER, "6.00", "0.5", "3.00")))
        .build();
  }

  static SubjectResult subject(String id, int order, int rank, String x, String points,
      String forums, String bonus, String total, String grade, String leader) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(id).order(order).rank(rank)
        .total(d(total)).band(grade).bandLabel(grade).vetoed(false)
        .addSections(SectionResult.builder().id("s").label("过程").maxPoints(d("10")).points(d(points))
            .addMetrics(MetricResult.builder().id("m").label("专题活动").maxPoints(d("10"))
                .value(d(x)).points(d(points)).evidence(Evidence.none()).build())
            .build())
        .addAdjustments(AdjustmentResult.builder().id("b").label("b").type(AdjustmentType.BONUS)
            .value(d(forums)).points(d(bonus)).evidence(Evidence.none()).build())
        .addMembers(SubjectMember.of(leader, TeamRole.LEADER), SubjectMember.of("p2", TeamRole.MEMBER))
        .build();
  }

  static PersonalPoints person(String id, String points, PointSource... sources) {
    return PersonalPoints.builder().person(id).points(d(points)).addSources(sources).build();
  }

  static PointSource source(String subject, TeamRole role, String total, String coefficient,
      String points) {
    return PointSource.builder().subject(subject).role(role).total(d(total))
        .coefficient(d(coefficient)).points(d(points)).build();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
