package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.GapChangeMeasure;
import dev.huzhu.evaluation.measure.GapMeasure;
import dev.huzhu.evaluation.measure.ScoreMeasure;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Raising one of a member school's {@code FINAL} results never widens its community's final
 * {@code gap}, nor lowers its {@code gapChange} (差距缩小): the members' side rises and the core
 * school's stays. The record raised is the first final of a member school (by key) among the
 * metric's evidence, raised to the top the validator allows, as {@code higher-final-never-lowers}
 * does. Only the value is checked: whether a wider gap earns fewer points is the scoring's choice.
 */
final class MemberFinalNeverWidensGap implements PolicyProperty {
  @Override
  public String name() {
    return "member-final-never-widens-gap";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "raising one of a member school's final results never widens its community's final gap"
        + " nor lowers its gap change";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    Assessment assessment = Assessment.of(policy).withEvidenceLimit(Integer.MAX_VALUE);
    Report before = assessment.run(dataset);
    CaseTally cases = new CaseTally();
    boolean any = false;
    for (Section section : policy.sections()) {
      for (Metric metric : section.metrics()) {
        boolean gap = metric.measure() instanceof GapMeasure g && g.phase() == Phase.FINAL;
        if (!gap && !(metric.measure() instanceof GapChangeMeasure)) {
          continue;
        }
        any = true;
        ScoreMeasure measure = (ScoreMeasure) metric.measure();
        for (SubjectResult subject : Sample.spread(before.subjects(),
            s -> s.metric(metric.id()).flatMap(MetricResult::value), Sample.SUBJECTS)) {
          MetricResult was = subject.metric(metric.id()).orElseThrow();
          Optional<Community> community = dataset.community(subject.id());
          Optional<Integer> chosen = community.flatMap(c -> memberFinal(dataset, measure, was, c));
          if (chosen.isEmpty()) {
            cases.skipped("community " + subject.id() + " has no member school's final result of"
                + " metric " + metric.id() + " that can be raised");
            continue;
          }
          ScoreRecord record = dataset.scores().get(chosen.get());
          List<ScoreRecord> scores = new ArrayList<>(dataset.scores());
          scores.set(chosen.get(), HigherFinalNeverLowers.raise(record, measure.scoreValue()));
          Report after = assessment.run(Dataset.builder().copyFrom(dataset).scores(scores).build());
          Optional<BigDecimal> now = after.subject(subject.id()).orElseThrow()
              .metric(metric.id()).orElseThrow().value();
          cases.checked();
          BigDecimal w = was.value().orElseThrow();
          boolean worse = now.map(v -> gap ? v.compareTo(w) > 0 : v.compareTo(w) < 0).orElse(true);
          if (worse) {
            return PropertyOutcome.violated("raising member school result " + record.key()
                + " took community " + subject.id() + "'s metric " + metric.id() + " ("
                + measure.type() + ") from x = " + w.toPlainString() + " to x = "
                + MatchingActivityNeverLowers.show(now));
          }
        }
      }
    }
    if (!any) {
      return PropertyOutcome.notApplicable("the policy has no final gap or gapChange metric");
    }
    return cases.outcome("no community the policy assesses has a final gap");
  }

  /** The index of the first final of a member school among the evidence that can be raised. */
  private static Optional<Integer> memberFinal(Dataset dataset, ScoreMeasure measure,
      MetricResult result, Community community) {
    List<String> keys = new ArrayList<>(result.evidence().ids());
    keys.sort(null);
    for (String key : keys) {
      for (int i = 0; i < dataset.scores().size(); i++) {
        ScoreRecord r = dataset.scores().get(i);
        if (r.key().equals(key) && r.phase() == Phase.FINAL && community.members().contains(r.school())
            && !HigherFinalNeverLowers.raise(r, measure.scoreValue()).equals(r)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }
}
