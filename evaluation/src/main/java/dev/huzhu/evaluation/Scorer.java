package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.measure.SubjectMeasure;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the merged log state and the score records into each subject's sections, adjustments,
 * vetoes and total (SPEC §3.3–3.4). Subjects are held in id order, so comparative scorings see
 * the same list whatever the input order.
 */
final class Scorer {
  private final Policy policy;
  private final ImmutableList<AssessedSubject> subjects;
  private final LogPass.State state;
  /** The position of each log measure in the pass, in policy order: metrics, adjustments, vetoes. */
  private int next;

  Scorer(Policy policy, ImmutableList<AssessedSubject> subjects, LogPass.State state) {
    this.policy = policy;
    this.subjects = subjects;
    this.state = state;
  }

  /** The log measures of a policy in the order the pass and the scorer both walk them. */
  static ImmutableList<LogMeasure> logMeasures(Policy policy) {
    ImmutableList.Builder<LogMeasure> measures = ImmutableList.builder();
    List<Measure> all = new ArrayList<>();
    policy.sections().forEach(s -> s.metrics().forEach(m -> all.add(m.measure())));
    policy.adjustments().forEach(a -> all.add(a.measure()));
    policy.vetoes().forEach(v -> all.add(v.measure()));
    for (Measure m : all) {
      if (m instanceof LogMeasure) {
        measures.add((LogMeasure) m);
      }
    }
    return measures.build();
  }

  /** The raw values of one measure, one per subject in id order. */
  private List<RawValue> raw(Measure measure) {
    List<RawValue> values = new ArrayList<>();
    if (measure instanceof LogMeasure) {
      int m = next++;
      for (int s = 0; s < subjects.size(); s++) {
        Accumulator acc = state.bySubject[s][m];
        values.add(((LogMeasure) measure).toRaw(acc));
      }
    } else {
      for (AssessedSubject subject : subjects) {
        values.add(((SubjectMeasure) measure).evaluate(subject));
      }
    }
    return values;
  }

  /** Per subject (id order): sections, adjustments, vetoes. */
  static final class Scored {
    final List<List<SectionResult>> sections = new ArrayList<>();
    final List<List<AdjustmentResult>> adjustments = new ArrayList<>();
    final List<List<VetoResult>> vetoes = new ArrayList<>();
    final List<BigDecimal> totals = new ArrayList<>();
    final List<Boolean> vetoed = new ArrayList<>();
  }

  Scored score() {
    next = 0;
    int n = subjects.size();
    Scored out = new Scored();
    for (int s = 0; s < n; s++) {
      out.sections.add(new ArrayList<>());
      out.adjustments.add(new ArrayList<>());
      out.vetoes.add(new ArrayList<>());
    }
    for (Section section : policy.sections()) {
      List<List<MetricResult>> metrics = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        metrics.add(new ArrayList<>());
      }
      for (Metric metric : section.metrics()) {
        List<RawValue> raw = raw(metric.measure());
        List<Optional<BigDecimal>> xs = new ArrayList<>();
        raw.forEach(r -> xs.add(r.value()));
        List<BigDecimal> points = metric.scoring().points(metric.points(), xs);
        for (int s = 0; s < n; s++) {
          metrics.get(s).add(MetricResult.builder().id(metric.id()).label(metric.label())
              .maxPoints(metric.points()).value(raw.get(s).value()).points(points.get(s))
              .evidence(raw.get(s).evidence()).build());
        }
      }
      for (int s = 0; s < n; s++) {
        BigDecimal sum = metrics.get(s).stream().map(MetricResult::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        out.sections.get(s).add(SectionResult.builder().id(section.id()).label(section.label())
            .maxPoints(section.points()).points(Decimals.points(sum)).metrics(metrics.get(s)).build());
      }
    }
    for (Adjustment adjustment : policy.adjustments()) {
      List<RawValue> raw = raw(adjustment.measure());
      for (int s = 0; s < n; s++) {
        RawValue x = raw.get(s);
        out.adjustments.get(s).add(AdjustmentResult.builder().id(adjustment.id())
            .label(adjustment.label().orElse(adjustment.id())).type(adjustment.type())
            .value(x.value()).points(adjustment.points(x)).evidence(x.evidence()).build());
      }
    }
    for (Veto veto : policy.vetoes()) {
      List<RawValue> raw = raw(veto.measure());
      for (int s = 0; s < n; s++) {
        RawValue x = raw.get(s);
        out.vetoes.get(s).add(VetoResult.builder().id(veto.id()).label(veto.label().orElse(veto.id()))
            .value(x.value()).triggered(veto.isTriggeredBy(x)).evidence(x.evidence()).build());
      }
    }
    for (int s = 0; s < n; s++) {
      BigDecimal total = out.sections.get(s).stream().map(SectionResult::points)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      for (AdjustmentResult a : out.adjustments.get(s)) {
        total = total.add(a.effect());
      }
      out.totals.add(Decimals.points(total.max(BigDecimal.ZERO)));
      out.vetoed.add(out.vetoes.get(s).stream().anyMatch(VetoResult::triggered));
    }
    return out;
  }

}
