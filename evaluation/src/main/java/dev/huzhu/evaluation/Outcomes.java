package dev.huzhu.evaluation;

import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** What follows the totals (SPEC §3.4–3.5): order and rank. */
final class Outcomes {
  private Outcomes() {}

  /** Total descending, then each section's points in declared order descending, then id. */
  static final Comparator<SubjectResult> ORDER = (a, b) -> {
    int c = b.total().compareTo(a.total());
    for (int s = 0; c == 0 && s < a.sections().size(); s++) {
      c = b.sections().get(s).points().compareTo(a.sections().get(s).points());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /** Competition rank on the total alone: 1, 2, 2, 4. */
  static int rank(List<SubjectResult> ordered, int i) {
    BigDecimal total = ordered.get(i).total();
    int r = i;
    while (r > 0 && ordered.get(r - 1).total().compareTo(total) == 0) {
      r--;
    }
    return r + 1;
  }
}
