package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.DispersionMeasure;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * When every school has the same value, every {@code dispersion} (差异系数) is 0: each record is
 * given the same mean (the smallest full mark of all), score rate (1), pass or excellent rate (½ where
 * it has one), whichever the metric reads, and no community's dispersion may then be other than
 * 0 or missing.
 */
final class EqualSchoolsHaveNoDispersion implements PolicyProperty {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  @Override
  public String name() {
    return "equal-schools-no-dispersion";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "when every school has the same value, every dispersion is 0";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    boolean any = false;
    int measured = 0;
    for (Section section : policy.sections()) {
      for (Metric metric : section.metrics()) {
        if (!(metric.measure() instanceof DispersionMeasure measure)) {
          continue;
        }
        any = true;
        Dataset equal = Dataset.builder().copyFrom(dataset)
            .scores(equal(dataset.scores(), measure.scoreValue())).build();
        Report report = Assessment.of(policy).run(equal);
        for (SubjectResult s : report.subjects()) {
          Optional<BigDecimal> x = s.metric(metric.id()).orElseThrow().value();
          if (x.isPresent()) {
            measured++;
            if (x.get().signum() != 0) {
              return PropertyOutcome.violated("with every school's " + measure.scoreValue().identifier()
                  + " equal, community " + s.id() + "'s metric " + metric.id() + " (dispersion) is "
                  + x.get().toPlainString() + ", not 0");
            }
          }
        }
      }
    }
    if (!any) {
      return PropertyOutcome.notApplicable("the policy has no dispersion metric");
    }
    return measured > 0 ? PropertyOutcome.holds()
        : PropertyOutcome.notApplicable("no community the policy assesses has two schools with results");
  }

  private static List<ScoreRecord> equal(List<ScoreRecord> records, ScoreValue of) {
    BigDecimal smallest = records.stream().map(ScoreRecord::fullMark).min(BigDecimal::compareTo)
        .orElse(BigDecimal.ONE);
    return records.stream().map(r -> (ScoreRecord) switch (of) {
      case MEAN -> ImmutableScoreRecord.copyOf(r).withMean(smallest);
      case SCORE_RATE -> ImmutableScoreRecord.copyOf(r).withMean(r.fullMark());
      case PASS_RATE -> r.passRate().isPresent() ? ImmutableScoreRecord.copyOf(r).withPassRate(HALF) : r;
      case EXCELLENT_RATE -> r.excellentRate().isPresent()
          ? ImmutableScoreRecord.copyOf(r).withExcellentRate(HALF) : r;
    }).toList();
  }
}
