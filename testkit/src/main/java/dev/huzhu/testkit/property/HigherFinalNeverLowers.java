package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.ImprovementMeasure;
import dev.huzhu.evaluation.measure.ImprovementRateMeasure;
import dev.huzhu.evaluation.measure.ScoreMeasure;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.IndividualScoring;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raising one of a subject's {@code FINAL} results never lowers its {@code improvement} or
 * {@code improvementRate} (提高幅度), nor the points they earn.
 *
 * <p>The record raised is a final among the metric's evidence, and it is raised to the top the
 * validator allows: its mean to the full mark when the measure reads the mean or the score rate,
 * its pass or excellent rate to 1 when it reads that rate (raising the mean would not move such a
 * measure at all). The final's weighted mean then rises and the baseline's stays, so the
 * difference, and its ratio to a positive baseline, rise. The record must belong to this subject
 * alone among those assessed: a record two subjects share would raise the other too, and a
 * comparative scoring may then rightly give this one fewer points; for a scoring that looks at
 * each subject alone a shared record will do.
 */
final class HigherFinalNeverLowers implements PolicyProperty {
  @Override
  public String name() {
    return "higher-final-never-lowers";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "raising one of a subject's final test results (its mean, or the rate the measure reads)"
        + " never lowers its improvement or improvement rate, nor their points";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    // score evidence is complete anyway; the whole list makes the choice of record plain
    Assessment assessment = Assessment.of(policy).withEvidenceLimit(Integer.MAX_VALUE);
    Report before = assessment.run(dataset);
    Map<String, Integer> owners = owners(policy, dataset);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < dataset.scores().size(); i++) {
      index.putIfAbsent(dataset.scores().get(i).key(), i);
    }
    CaseTally cases = new CaseTally();
    boolean any = false;
    for (Section section : policy.sections()) {
      for (Metric metric : section.metrics()) {
        if (!(metric.measure() instanceof ImprovementMeasure
            || metric.measure() instanceof ImprovementRateMeasure)) {
          continue;
        }
        any = true;
        ScoreMeasure measure = (ScoreMeasure) metric.measure();
        boolean alone = metric.scoring() instanceof IndividualScoring;
        for (SubjectResult subject : Sample.spread(before.subjects(),
            s -> s.metric(metric.id()).flatMap(MetricResult::value), Sample.SUBJECTS)) {
          MetricResult was = subject.metric(metric.id()).orElseThrow();
          Optional<Integer> chosen = raisable(dataset, measure, was, index, owners, alone);
          if (chosen.isEmpty()) {
            cases.skipped("subject " + subject.id() + " has no final result of metric "
                + metric.id() + " that can be raised" + (alone ? "" : " and is its own"));
            continue;
          }
          ScoreRecord record = dataset.scores().get(chosen.get());
          ScoreRecord raised = raise(record, measure.scoreValue());
          List<ScoreRecord> scores = new ArrayList<>(dataset.scores());
          scores.set(chosen.get(), raised);
          Report after = assessment.run(Dataset.builder().copyFrom(dataset).scores(scores).build());
          MetricResult now = after.subject(subject.id()).orElseThrow().metric(metric.id()).orElseThrow();
          cases.checked();
          boolean valueFell = now.value().map(v -> v.compareTo(was.value().orElseThrow()) < 0)
              .orElse(true);
          if (valueFell || now.points().compareTo(was.points()) < 0) {
            return PropertyOutcome.violated("raising " + record.key() + "'s " + what(measure.scoreValue())
                + " from " + value(record, measure.scoreValue()) + " to " + value(raised, measure.scoreValue())
                + " took subject " + subject.id() + "'s metric " + metric.id() + " ("
                + measure.type() + ", " + metric.scoring().type() + ") from x = "
                + MatchingActivityNeverLowers.show(was.value()) + " to x = "
                + MatchingActivityNeverLowers.show(now.value()) + " and its points from "
                + was.points().toPlainString() + " to " + now.points().toPlainString());
          }
        }
      }
    }
    if (!any) {
      return PropertyOutcome.notApplicable("the policy has no improvement or improvementRate metric");
    }
    return cases.outcome("no subject the policy assesses has an improvement: none has a unit"
        + " with both a baseline and a final");
  }

  /** How many assessed subjects have each score record among their units, by key. */
  private static Map<String, Integer> owners(Policy policy, Dataset dataset) {
    Map<String, Integer> owners = new HashMap<>();
    for (AssessedSubject s : SubjectResolver.resolve(policy.subjects(), dataset)) {
      Set<String> once = new HashSet<>();
      s.scoreRecords().forEach(r -> once.add(r.key()));
      once.forEach(k -> owners.merge(k, 1, Integer::sum));
    }
    return owners;
  }

  /**
   * The index in the dataset of the first final (by key) among the evidence that is below the
   * top and, unless {@code shared} is allowed, belongs to one subject only.
   */
  private static Optional<Integer> raisable(Dataset dataset, ScoreMeasure measure,
      MetricResult result, Map<String, Integer> index, Map<String, Integer> owners, boolean shared) {
    List<String> keys = new ArrayList<>(result.evidence().ids());
    keys.sort(null);
    for (String key : keys) {
      Integer i = index.get(key);
      if (i == null) {
        continue;
      }
      ScoreRecord r = dataset.scores().get(i);
      if (r.phase() == Phase.FINAL && r.test() == measure.test()
          && (shared || owners.getOrDefault(key, 0) <= 1)
          && !raise(r, measure.scoreValue()).equals(r)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The record with the value the measure reads at the top the validator allows. */
  static ScoreRecord raise(ScoreRecord r, ScoreValue of) {
    return switch (of) {
      case PASS_RATE -> r.passRate().filter(v -> v.compareTo(BigDecimal.ONE) < 0).isPresent()
          ? ImmutableScoreRecord.copyOf(r).withPassRate(BigDecimal.ONE) : r;
      case EXCELLENT_RATE -> r.excellentRate().filter(v -> v.compareTo(BigDecimal.ONE) < 0).isPresent()
          ? ImmutableScoreRecord.copyOf(r).withExcellentRate(BigDecimal.ONE) : r;
      default -> r.mean().compareTo(r.fullMark()) < 0
          ? ImmutableScoreRecord.copyOf(r).withMean(r.fullMark()) : r;
    };
  }

  private static String what(ScoreValue of) {
    return of == ScoreValue.PASS_RATE ? "pass rate"
        : of == ScoreValue.EXCELLENT_RATE ? "excellent rate" : "mean";
  }

  private static String value(ScoreRecord r, ScoreValue of) {
    Optional<BigDecimal> v = of == ScoreValue.PASS_RATE ? r.passRate()
        : of == ScoreValue.EXCELLENT_RATE ? r.excellentRate() : Optional.of(r.mean());
    return v.map(BigDecimal::toPlainString).orElse("absent");
  }
}
