package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.math.Ratio;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order of a report's subjects (排序) and their rank (名次). The order: total descending, then
 * each section's points in the policy's declared order descending, then id ascending, so that no
 * two subjects tie. The rank is the competition rank on the total alone: 1, 2, 2, 4.
 */
public final class Ranking {
  /** The report's order: total, then each section in declared order, descending; then id. */
  public static final Comparator<SubjectResult> ORDER = order(r -> r.sections().stream()
      .map(s -> Ratio.of(s.points())).toList());

  /**
   * The report's order with the sections' points as the policy keeps them: exact under
   * {@code rounding: {points: total}}, where the report shows them rounded to 4 places.
   */
  public static Comparator<SubjectResult> order(
      Function<? super SubjectResult, ? extends List<Ratio>> sections) {
    return (a, b) -> {
      int c = b.total().compareTo(a.total());
      List<Ratio> as = c == 0 ? sections.apply(a) : List.of();
      List<Ratio> bs = c == 0 ? sections.apply(b) : List.of();
      for (int s = 0; c == 0 && s < as.size(); s++) {
        c = bs.get(s).compareTo(as.get(s));
      }
      return c != 0 ? c : a.id().compareTo(b.id());
    };
  }

  private Ranking() {}

  /**
   * The subjects in the report's {@link #ORDER}, each given its place
   * ({@link SubjectResult#order()}: 1, 2, 3, …) and its competition rank on the total
   * ({@link SubjectResult#rank()}).
   */
  public static ImmutableList<SubjectResult> rank(Collection<? extends SubjectResult> subjects) {
    return rank(subjects, ORDER);
  }

  /** As {@link #rank(Collection)}, in the given order (one of {@link #order(Function)}). */
  public static ImmutableList<SubjectResult> rank(Collection<? extends SubjectResult> subjects,
      Comparator<? super SubjectResult> order) {
    List<SubjectResult> ordered = new ArrayList<>(subjects);
    ordered.sort(order);
    ImmutableList.Builder<SubjectResult> ranked = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < ordered.size(); i++) {
      // the order puts equal totals next to each other: a tie keeps the rank of the first
      if (i == 0 || ordered.get(i).total().compareTo(ordered.get(i - 1).total()) != 0) {
        rank = i + 1;
      }
      ranked.add(SubjectResult.builder().copyFrom(ordered.get(i)).order(i + 1).rank(rank).build());
    }
    return ranked.build();
  }
}
