package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.Comparison;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns each subject's tally into its sections, adjustments, vetoes and total (docs/assessment.md#scorings, #totals),
 * keeping values and points as the policy's {@link Rounding} says. Subjects come in id order, so
 * comparative scorings see the same list whatever the input order.
 */
final class Scorer {
  private Scorer() {}

  /**
   * A subject's result, not yet ordered, ranked nor graded, with its sections' points as the
   * policy keeps them (exact under {@code points: total}) for the order's tie-break.
   */
  record Scored(SubjectResult result, List<Ratio> sections) {}

  /** Each subject's result, in the order of the tallies. */
  static ImmutableList<Scored> score(Policy policy, List<SubjectTally> tallies) {
    Rounding rounding = policy.rounding();
    // a comparative scoring (relative, rank, ratioToBest) needs every subject's x of its metric at
    // once, so metrics are scored across the subjects first; the rest is one subject at a time
    Map<Metric, List<Kept>> metrics = new IdentityHashMap<>();
    policy.sections().forEach(s -> s.metrics().forEach(m -> metrics.put(m,
        score(m, tallies, rounding))));
    ImmutableList.Builder<Scored> results = ImmutableList.builder();
    for (int s = 0; s < tallies.size(); s++) {
      int subject = s;
      results.add(result(policy, tallies.get(s), m -> metrics.get(m).get(subject)));
    }
    return results.build();
  }

  /** A metric's result and its points as kept. */
  private record Kept(MetricResult result, Ratio points) {}

  /** One metric's result for every subject, in the order of the tallies. */
  private static List<Kept> score(Metric metric, List<SubjectTally> tallies, Rounding rounding) {
    List<RawValue> raw = tallies.stream().map(t -> rounding.keep(t.raw(metric.measure()))).toList();
    List<Optional<Ratio>> xs = raw.stream().map(RawValue::kept).toList();
    List<Ratio> points = metric.scoring().exactPoints(metric.points(), xs);
    List<Optional<Comparison>> comparisons = metric.scoring().comparisons(xs, rounding::shown);
    return IntStream.range(0, raw.size()).mapToObj(s -> {
      Ratio kept = rounding.keptPoints(points.get(s));
      return new Kept(MetricResult.builder().id(metric.id()).label(metric.label())
          .maxPoints(metric.points()).value(raw.get(s).value())
          .points(rounding.shownPoints(kept)).evidence(raw.get(s).evidence())
          .comparison(comparisons.get(s)).build(), kept);
    }).toList();
  }

  private static Scored result(Policy policy, SubjectTally tally,
      Function<Metric, Kept> metrics) {
    Rounding rounding = policy.rounding();
    List<SectionResult> sections = new ArrayList<>();
    List<Ratio> sectionPoints = new ArrayList<>();
    Ratio total = Ratio.ZERO;
    for (Section section : policy.sections()) {
      List<Kept> kept = section.metrics().stream().map(metrics).toList();
      Ratio sum = kept.stream().map(Kept::points).reduce(Ratio.ZERO, Ratio::add);
      sections.add(SectionResult.builder().id(section.id()).label(section.label())
          .maxPoints(section.points()).points(rounding.shownPoints(sum))
          .metrics(kept.stream().map(Kept::result).toList()).build());
      sectionPoints.add(sum);
      total = total.add(sum);
    }
    List<AdjustmentResult> adjustments = new ArrayList<>();
    for (Adjustment a : policy.adjustments()) {
      RawValue x = rounding.keep(tally.raw(a.measure()));
      Ratio points = rounding.keptPoints(x.kept().map(a::exactPoints).orElse(Ratio.ZERO));
      AdjustmentResult result = AdjustmentResult.builder().id(a.id())
          .label(a.label().orElse(a.id())).type(a.type()).value(x.value())
          .points(rounding.shownPoints(points)).evidence(x.evidence()).build();
      adjustments.add(result);
      // by its type, not the sign shown: under points: total a deduction below 0.00005 shows 0
      total = a.type() == AdjustmentType.DEDUCTION ? total.subtract(points) : total.add(points);
    }
    List<VetoResult> vetoes = policy.vetoes().stream()
        .map(v -> veto(v, rounding.keep(tally.raw(v.measure())))).toList();
    AssessedSubject subject = tally.subject();
    SubjectResult result = SubjectResult.builder().id(subject.id()).kind(subject.kind())
        .label(subject.label()).order(0).rank(0).total(rounding.total(total))
        .exactTotal(rounding.points() == Rounding.Points.TOTAL
            ? Optional.of(rounding.shownExactTotal(total)) : Optional.empty())
        .vetoed(vetoes.stream().anyMatch(VetoResult::triggered)).sections(sections)
        .adjustments(adjustments).vetoes(vetoes).members(subject.members()).build();
    return new Scored(result, sectionPoints);
  }

  private static VetoResult veto(Veto veto, RawValue x) {
    return VetoResult.builder().id(veto.id()).label(veto.label().orElse(veto.id()))
        .value(x.value()).triggered(veto.isTriggeredBy(x)).evidence(x.evidence()).build();
  }
}
