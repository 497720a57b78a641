package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of applying a policy to a dataset (docs/assessment.md#reports-and-explanations): the subjects in order, each with its
 * rank, total, band, veto and every section, metric and adjustment that made it, with the records
 * behind each raw value; the awards; and the personal list (评优晋级 priority) ordered by points.
 * Every figure re-adds from its parts. {@link #table()} and {@link #explain(String)} render it for
 * people. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {
  public abstract String policyId();

  public abstract String title();

  public abstract AssessmentPeriod period();

  /** The subjects, in order: total descending, then sections in declared order, then id. */
  public abstract ImmutableList<SubjectResult> subjects();

  public abstract ImmutableList<AwardResult> awards();

  /** Every member of an assessed subject, by points descending then person id. */
  public abstract ImmutableList<PersonalPoints> personal();

  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /** A subject's result by id. */
  public Optional<SubjectResult> subject(String id) {
    return subjects().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** An award's result by id. */
  public Optional<AwardResult> award(String id) {
    return awards().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** A person's bundled points, if they are a member of an assessed subject. */
  public Optional<PersonalPoints> person(String id) {
    return personal().stream().filter(p -> p.person().equals(id)).findFirst();
  }

  /** The ranked table of subjects, as plain text. */
  public String table() {
    return ReportText.table(this);
  }

  /**
   * Every figure of one subject, as plain text that re-adds by hand.
   *
   * @throws dev.huzhu.core.UnknownIdException when the report has no subject with the id
   */
  public String explain(String subjectId) {
    return ReportText.explain(this, subject(subjectId).orElseThrow(() ->
        new dev.huzhu.core.UnknownIdException("subject", subjectId, "report " + policyId())));
  }

  /**
   * This report (before) beside another (after), subject by subject: both totals, ranks and
   * grades, and what moved — to see what a change of policy (a quota of 50%, a metric dropped) or
   * of data did.
   */
  public ReportComparison compare(Report after) {
    return ReportComparison.of(this, after);
  }

  /** Every award and its winners, one line each, as plain text. */
  public String awardsText() {
    return ReportText.awards(this);
  }

  /** The awards and the personal priority list, as plain text. */
  public String awardsAndPeople() {
    return ReportText.awardsAndPeople(this);
  }
}
