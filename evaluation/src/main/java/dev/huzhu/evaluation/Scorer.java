package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns each subject's tally into its sections, adjustments, vetoes and total (docs/assessment.md#scorings, #totals).
 * Subjects come in id order, so comparative scorings see the same list whatever the input order.
 */
final class Scorer {
  private Scorer() {}

  /** Each subject's result, in the order of the tallies; not yet ordered, ranked nor graded. */
  static ImmutableList<SubjectResult> score(Policy policy, List<SubjectTally> tallies) {
    // a comparative scoring (relative, rank, ratioToBest) needs every subject's x of its metric at
    // once, so metrics are scored across the subjects first; the rest is one subject at a time
    Map<Metric, List<MetricResult>> metrics = new IdentityHashMap<>();
    policy.sections().forEach(s -> s.metrics().forEach(m -> metrics.put(m, score(m, tallies))));
    ImmutableList.Builder<SubjectResult> results = ImmutableList.builder();
    for (int s = 0; s < tallies.size(); s++) {
      int subject = s;
      results.add(result(policy, tallies.get(s), m -> metrics.get(m).get(subject)));
    }
    return results.build();
  }

  /** One metric's result for every subject, in the order of the tallies. */
  private static List<MetricResult> score(Metric metric, List<SubjectTally> tallies) {
    List<RawValue> raw = tallies.stream().map(t -> t.raw(metric.measure())).toList();
    List<Optional<BigDecimal>> xs = raw.stream().map(RawValue::value).toList();
    List<BigDecimal> points = metric.scoring().points(metric.points(), xs);
    return IntStream.range(0, raw.size()).<MetricResult>mapToObj(s -> MetricResult.builder()
        .id(metric.id()).label(metric.label()).maxPoints(metric.points()).value(raw.get(s).value())
        .points(points.get(s)).evidence(raw.get(s).evidence()).build()).toList();
  }

  private static SubjectResult result(Policy policy, SubjectTally tally,
      Function<Metric, MetricResult> metrics) {
    List<SectionResult> sections = policy.sections().stream().map(s -> section(s, metrics))
        .toList();
    List<AdjustmentResult> adjustments = policy.adjustments().stream()
        .map(a -> adjustment(a, tally.raw(a.measure()))).toList();
    List<VetoResult> vetoes = policy.vetoes().stream().map(v -> veto(v, tally.raw(v.measure())))
        .toList();
    AssessedSubject subject = tally.subject();
    return SubjectResult.builder().id(subject.id()).kind(subject.kind()).label(subject.label())
        .order(0).rank(0).total(total(sections, adjustments))
        .vetoed(vetoes.stream().anyMatch(VetoResult::triggered)).sections(sections)
        .adjustments(adjustments).vetoes(vetoes).members(subject.members()).build();
  }

  /** Its metrics' points and their sum. */
  private static SectionResult section(Section section, Function<Metric, MetricResult> metrics) {
    List<MetricResult> results = section.metrics().stream().map(metrics).toList();
    BigDecimal sum = results.stream().map(MetricResult::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return SectionResult.builder().id(section.id()).label(section.label())
        .maxPoints(section.points()).points(Decimals.points(sum)).metrics(results).build();
  }

  private static AdjustmentResult adjustment(Adjustment adjustment, RawValue x) {
    return AdjustmentResult.builder().id(adjustment.id())
        .label(adjustment.label().orElse(adjustment.id())).type(adjustment.type())
        .value(x.value()).points(adjustment.points(x)).evidence(x.evidence()).build();
  }

  private static VetoResult veto(Veto veto, RawValue x) {
    return VetoResult.builder().id(veto.id()).label(veto.label().orElse(veto.id()))
        .value(x.value()).triggered(veto.isTriggeredBy(x)).evidence(x.evidence()).build();
  }

  /** max(0, sections + bonuses − deductions), with 2 places. */
  private static BigDecimal total(List<SectionResult> sections,
      List<AdjustmentResult> adjustments) {
    BigDecimal total = sections.stream().map(SectionResult::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    for (AdjustmentResult a : adjustments) {
      total = total.add(a.effect());
    }
    return Decimals.points(total.max(BigDecimal.ZERO));
  }
}
