package dev.huzhu.testkit.property;

import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Which subjects a costly property probes, so that its time stays bounded on any dataset. */
final class Sample {
  /** How many subjects a property probes per metric. */
  static final int SUBJECTS = 5;

  private Sample() {}

  /**
   * Up to {@code cap} subjects with a value, chosen so that the values are spread from the lowest
   * to the highest: one subject (the first by id) per distinct value, evenly spaced over the
   * distinct values, then others by id when there are fewer values than places. Where a scoring
   * misbehaves is usually at a threshold of x, so distinct values find it sooner than the first
   * subjects by id would.
   */
  static List<SubjectResult> spread(List<SubjectResult> subjects,
      Function<SubjectResult, Optional<BigDecimal>> value, int cap) {
    List<SubjectResult> byId = new ArrayList<>(subjects);
    byId.sort(Comparator.comparing(SubjectResult::id));
    Map<BigDecimal, SubjectResult> firstOfValue = new TreeMap<>();
    for (SubjectResult s : byId) {
      value.apply(s).ifPresent(x -> firstOfValue.putIfAbsent(x, s));
    }
    List<SubjectResult> distinct = new ArrayList<>(firstOfValue.values());
    List<SubjectResult> chosen = new ArrayList<>();
    int k = distinct.size();
    if (k > cap) {
      for (int i = 0; i < cap; i++) {
        // evenly spaced indexes from the first to the last, rounded to the nearest
        chosen.add(distinct.get(cap == 1 ? 0 : (i * (k - 1) + (cap - 1) / 2) / (cap - 1)));
      }
      return chosen;
    }
    chosen.addAll(distinct);
    for (SubjectResult s : byId) {
      if (chosen.size() >= cap) {
        break;
      }
      if (!chosen.contains(s) && value.apply(s).isPresent()) {
        chosen.add(s);
      }
    }
    return chosen;
  }
}
