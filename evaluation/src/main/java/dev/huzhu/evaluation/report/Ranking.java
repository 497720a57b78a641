package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a report's subjects (排序) and their rank (名次). The order: total descending, then
 * each section's points in the policy's declared order descending, then id ascending, so that no
 * two subjects tie. The rank is the competition rank on the total alone: 1, 2, 2, 4.
 */
public final class Ranking {
  /** The report's order: total, then each section in declared order, descending; then id. */
  public static final Comparator<SubjectResult> ORDER = (a, b) -> {
    int c = b.total().compareTo(a.total());
    for (int s = 0; c == 0 && s < a.sections().size(); s++) {
      c = b.sections().get(s).points().compareTo(a.sections().get(s).points());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  private Ranking() {}

  /**
   * The subjects in the report's {@link #ORDER}, each given its place
   * ({@link SubjectResult#order()}: 1, 2, 3, …) and its competition rank on the total
   * ({@link SubjectResult#rank()}).
   */
  public static ImmutableList<SubjectResult> rank(Collection<? extends SubjectResult> subjects) {
    List<SubjectResult> ordered = new ArrayList<>(subjects);
    ordered.sort(ORDER);
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
