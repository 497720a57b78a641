package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.Report;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One named expectation about a report (docs/files.md#policy-test-files): a subject's total, a section's or a metric's
 * points, a metric's raw value, a grade, a rank, the order of two subjects, a veto, award
 * membership, a person's bundled points. The verifier and the policy test files both check
 * expectations; a failed one explains the figure it checked.
 *
 * <p>Decimal figures are compared by value, so {@code 92} and {@code 92.00} are the same
 * expectation; the report's figures carry the scale of docs/assessment.md#arithmetic-and-rounding (2 places for points, up to 4 for
 * a derived raw value) and an expectation should be written to the cent.
 */
public interface Expectation {
  /** The expectation's name, shown with its outcome. */
  String name();

  /** This expectation with another name. */
  Expectation withName(String name);

  /** Checks the expectation on a report. */
  ExpectationOutcome check(Report report);

  /** A subject's total: max(0, sections + bonuses − deductions). */
  static Expectation total(String subject, BigDecimal points) {
    return SubjectFigure.total(subject, points);
  }

  /** The points of one section of a subject (过程性评价, 终结性评价, …). */
  static Expectation sectionPoints(String subject, String section, BigDecimal points) {
    return SubjectFigure.section(subject, section, points);
  }

  /** The points one metric earned for a subject. */
  static Expectation metricPoints(String subject, String metric, BigDecimal points) {
    return SubjectFigure.metricPoints(subject, metric, points);
  }

  /** A metric's raw value x for a subject; empty when the measure must have had no data. */
  static Expectation rawValue(String subject, String metric, Optional<BigDecimal> value) {
    return SubjectFigure.rawValue(subject, metric, value);
  }

  /** A subject's band, by its identifier ({@code EXCELLENT}, {@code GOOD}, …). */
  static Expectation band(String subject, String band) {
    return new SubjectStanding(Optional.empty(), subject, SubjectStanding.Kind.BAND, band);
  }

  /** A subject's competition rank on the total (1, 2, 2, 4). */
  static Expectation rank(String subject, int rank) {
    return new SubjectStanding(Optional.empty(), subject, SubjectStanding.Kind.RANK,
        String.valueOf(rank));
  }

  /** Whether a veto (一票否决) struck the subject. */
  static Expectation vetoed(String subject, boolean vetoed) {
    return new SubjectStanding(Optional.empty(), subject, SubjectStanding.Kind.VETOED,
        String.valueOf(vetoed));
  }

  /** That one subject comes before another in the report's order. */
  static Expectation orderedBefore(String first, String second) {
    return new SubjectOrder(Optional.empty(), first, second);
  }

  /** Whether an award selects a subject (优秀互助组 …). */
  static Expectation awardIncludes(String award, String subject, boolean included) {
    return new AwardMembership(Optional.empty(), award, AwardMembership.Member.SUBJECT, subject,
        included);
  }

  /** Whether a people award names a person (成绩突出的组长和教师). */
  static Expectation awardNames(String award, String person, boolean named) {
    return new AwardMembership(Optional.empty(), award, AwardMembership.Member.PERSON, person,
        named);
  }

  /** That an award has no winner at all. */
  static Expectation awardEmpty(String award) {
    return new AwardMembership(Optional.empty(), award, AwardMembership.Member.NONE, "", true);
  }

  /** A person's bundled points on the 评优晋级 priority list. */
  static Expectation personPoints(String person, BigDecimal points) {
    return new PersonFigure(Optional.empty(), person, points);
  }
}
