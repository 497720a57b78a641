package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two reports side by side, subject by subject ({@link Report#compare(Report)}): what a change of
 * policy or data did — "what if the quota were 50%". The subjects come in the order of the report
 * after, then those only in the report before, in its order. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportComparison {
  public abstract String policyBefore();

  public abstract String policyAfter();

  public abstract ImmutableList<SubjectChange> subjects();

  public static ImmutableReportComparison.Builder builder() {
    return ImmutableReportComparison.builder();
  }

  /** The subjects whose total, rank, band or veto differs, or that are in one report only. */
  public ImmutableList<SubjectChange> moved() {
    return subjects().stream().filter(SubjectChange::moved).collect(ImmutableList.toImmutableList());
  }

  /** One subject's change by id. */
  public Optional<SubjectChange> subject(String id) {
    return subjects().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  static ReportComparison of(Report before, Report after) {
    Map<String, SubjectResult> earlier = new LinkedHashMap<>();
    before.subjects().forEach(s -> earlier.put(s.id(), s));
    ImmutableReportComparison.Builder b = builder().policyBefore(before.policyId())
        .policyAfter(after.policyId());
    for (SubjectResult s : after.subjects()) {
      b.addSubjects(SubjectChange.of(Optional.ofNullable(earlier.remove(s.id())), Optional.of(s)));
    }
    for (SubjectResult s : earlier.values()) {
      b.addSubjects(SubjectChange.of(Optional.of(s), Optional.empty()));
    }
    return b.build();
  }

  /**
   * The comparison as a text table, one row per subject: both totals, ranks and grades and the
   * change; {@code onlyMoved} leaves out the subjects where nothing changed. A subject absent from
   * a report shows {@code —} there.
   */
  public String table(boolean onlyMoved) {
    TextTable t = new TextTable(false, false, true, true, true, true, true, false, false, false);
    t.add("subject", "name", "total before", "total after", "change", "rank before", "rank after",
        "grade before", "grade after", "");
    for (SubjectChange c : onlyMoved ? moved() : subjects()) {
      t.add(c.id(), c.label(),
          c.totalBefore().map(java.math.BigDecimal::toPlainString).orElse("—"),
          c.totalAfter().map(java.math.BigDecimal::toPlainString).orElse("—"),
          c.totalChange().map(d -> (d.signum() > 0 ? "+" : "") + d.toPlainString()).orElse(""),
          c.rankBefore().map(String::valueOf).orElse("—"),
          c.rankAfter().map(String::valueOf).orElse("—"),
          grade(c.bandBefore(), c.vetoedBefore(), c.rankBefore().isPresent()),
          grade(c.bandAfter(), c.vetoedAfter(), c.rankAfter().isPresent()),
          c.moved() ? what(c) : "");
    }
    return policyBefore() + " → " + policyAfter() + ": " + moved().size() + " of "
        + subjects().size() + " subjects moved\n" + t;
  }

  private static String grade(Optional<String> band, boolean vetoed, boolean present) {
    return !present ? "—" : band.orElse("") + (vetoed ? " (一票否决)" : "");
  }

  private static String what(SubjectChange c) {
    if (c.rankBefore().isEmpty()) {
      return "new";
    }
    if (c.rankAfter().isEmpty()) {
      return "gone";
    }
    StringBuilder s = new StringBuilder();
    int up = c.rankChange().orElse(0);
    if (up != 0) {
      s.append(up > 0 ? "up " + up : "down " + -up);
    }
    if (!c.bandBefore().equals(c.bandAfter())) {
      s.append(s.length() > 0 ? ", " : "").append("grade");
    }
    if (c.vetoedBefore() != c.vetoedAfter()) {
      s.append(s.length() > 0 ? ", " : "").append("veto");
    }
    return s.toString();
  }
}
