package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adding an activity that a {@code count}, {@code sum} or {@code perMember} of one of them
 * matches never lowers the subject's raw value or its points.
 *
 * <p>It must hold for every scoring, comparative ones included. The probe is credited to one
 * subject only, so no other subject's x moves, and the subject's own x can only rise (a count by
 * one, a sum by the probe's quantity, a per-member value by either over the same member count;
 * the rounding to 4 places keeps the order). {@code linear} is monotone in x. {@code relative},
 * p × (x − min) / (max − min): if x rises to the maximum or beyond, it earns p; otherwise the
 * maximum stays, and either the subject was the only one at the minimum (it earned 0 before) or
 * the minimum stays and the fraction grows with x. {@code rank}: no other subject's x rises above
 * it, so its rank among the same n does not worsen. {@code ratioToBest}, p × x / M: if it becomes
 * the best it earns p, otherwise M stays and the points grow with x. Only a {@code tiers} scoring
 * whose points are not in the order of its thresholds breaks it — which this property is for.
 */
final class MatchingActivityNeverLowers implements PolicyProperty {
  @Override
  public String name() {
    return "matching-activity-never-lowers";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "adding an activity that a count- or sum-based metric matches, credited to one subject,"
        + " never lowers that subject's value or points for the metric";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    Assessment assessment = Assessment.of(policy);
    Report before = assessment.run(dataset);
    Verdict verdict = new Verdict();
    boolean any = false;
    for (Section section : policy.sections()) {
      for (Metric metric : section.metrics()) {
        Optional<FilteredLogMeasure> measure = Probes.countOrSum(metric.measure());
        if (measure.isEmpty()) {
          continue;
        }
        any = true;
        Optional<String> impossible = Probes.unsatisfiable(measure.get());
        if (impossible.isPresent()) {
          verdict.skipped("metric " + metric.id() + ": " + impossible.get());
          continue;
        }
        for (SubjectResult subject : Sample.spread(before.subjects(),
            s -> s.metric(metric.id()).flatMap(MetricResult::value), Sample.SUBJECTS)) {
          Optional<String> violation = probe(assessment, dataset, metric, measure.get(), subject,
              verdict);
          if (violation.isPresent()) {
            return PropertyOutcome.violated(violation.get());
          }
        }
      }
    }
    if (!any) {
      return PropertyOutcome.notApplicable("the policy has no count- or sum-based metric");
    }
    return verdict.outcome("no subject the policy assesses has a value for its count- or"
        + " sum-based metrics");
  }

  private static Optional<String> probe(Assessment assessment, Dataset dataset, Metric metric,
      FilteredLogMeasure measure, SubjectResult subject, Verdict verdict) {
    Optional<LocalDate> date = Probes.date(dataset, assessment.policy().period(), subject);
    if (date.isEmpty()) {
      verdict.skipped("subject " + subject.id() + " can have no activity in the period");
      return Optional.empty();
    }
    Activity probe = Probes.matching(dataset, subject, measure, date.get(), BigDecimal.ONE, 1).get(0);
    Report after = assessment.run(Dataset.builder().copyFrom(dataset).addActivities(probe).build());
    MetricResult was = subject.metric(metric.id()).orElseThrow();
    MetricResult now = after.subject(subject.id()).orElseThrow().metric(metric.id()).orElseThrow();
    verdict.checked();
    boolean valueFell = was.value().isPresent()
        && now.value().map(v -> v.compareTo(was.value().get()) < 0).orElse(true);
    if (!valueFell && now.points().compareTo(was.points()) >= 0) {
      return Optional.empty();
    }
    return Optional.of("adding " + describe(probe, measure) + " credited to " + subject.id()
        + " took metric " + metric.id() + " (" + metric.measure().type() + ", "
        + metric.scoring().type() + ") from x = " + show(was.value()) + " to x = "
        + show(now.value()) + " and its points from " + was.points().toPlainString() + " to "
        + now.points().toPlainString());
  }

  static String describe(Activity probe, FilteredLogMeasure measure) {
    Optional<Quantity> q = Probes.quantity(measure);
    return probe.id() + " (" + probe.kind() + " on " + probe.date()
        + q.map(x -> ", " + x + " " + probe.quantity(x).orElseThrow().toPlainString()).orElse("")
        + ")";
  }

  static String show(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("missing");
  }
}
