package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.ImmutableReport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The texts a failed expectation shows: the report's own renderings of the figures checked. */
final class Explanations {
  private Explanations() {}

  /** Whether two decimals are the same number, whatever their scale. */
  static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("missing");
  }

  /** The subjects the report does hold (the first 20), for a message about one it does not. */
  static String noSubject(Report report, String subject) {
    List<SubjectResult> all = report.subjects();
    return "no subject " + subject + " in the report of " + report.policyId() + "; it assesses "
        + (all.isEmpty() ? "no subject" : all.stream().limit(LISTED).map(SubjectResult::id)
            .collect(Collectors.joining(", ")) + (all.size() > LISTED ? ", … (" + all.size() + " in all)" : ""));
  }

  private static final int LISTED = 20;
  private static final int AROUND = 5;

  /**
   * The ranked table, cut to the subjects within five places of those checked (every subject
   * when there are few): a failed rank in a county of 400 groups needs its neighbours, not all.
   */
  static String table(Report report, SubjectResult... checked) {
    List<SubjectResult> all = report.subjects();
    if (all.size() <= 2 * AROUND + 1) {
      return report.table();
    }
    List<SubjectResult> near = all.stream().filter(s -> checked.length == 0
        ? s.order() <= 2 * AROUND + 1
        : Arrays.stream(checked).anyMatch(c -> Math.abs(c.order() - s.order()) <= AROUND))
        .collect(Collectors.toList());
    return ImmutableReport.copyOf(report).withSubjects(near).table() + "(" + near.size() + " of "
        + all.size() + " subjects shown: " + (checked.length == 0 ? "the first"
            : "those within " + AROUND + " places of the one" + (checked.length == 1 ? "" : "s")
                + " checked") + ")\n";
  }

  static String subject(Report report, SubjectResult s) {
    return report.explain(s.id());
  }

  /** The table and every award's winners (not the 评优晋级 list, which names everyone). */
  static String awards(Report report) {
    return table(report) + "\n" + report.awardsText();
  }

  /** The first people of the 评优晋级 list, for a message about one who is not on it. */
  static String people(Report report) {
    List<PersonalPoints> all = report.personal();
    return "the 评优晋级 list of " + report.policyId() + " has " + all.size() + " people"
        + (all.isEmpty() ? "" : ": " + all.stream().limit(LISTED).map(PersonalPoints::person)
            .collect(Collectors.joining(", ")) + (all.size() > LISTED ? ", …" : "")) + "\n";
  }

  static String person(Report report, PersonalPoints p) {
    StringBuilder s = new StringBuilder(p.person()).append(p.name().map(n -> " " + n).orElse(""))
        .append(": ").append(p.points().toPlainString()).append(", from\n");
    p.sources().forEach(src -> s.append("  ").append(src.subject()).append(' ').append(src.role())
        .append(": round2(").append(src.total().toPlainString()).append(" × ")
        .append(src.coefficient().toPlainString()).append(") = ")
        .append(src.points().toPlainString()).append('\n'));
    p.sources().forEach(src -> report.subject(src.subject())
        .ifPresent(r -> s.append(report.explain(r.id()))));
    return s.toString();
  }
}
