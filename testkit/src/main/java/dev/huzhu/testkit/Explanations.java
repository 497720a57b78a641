package dev.huzhu.testkit;

import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
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

  /** The subjects the report does hold, for a message about one it does not. */
  static String noSubject(Report report, String subject) {
    return "no subject " + subject + " in the report of " + report.policyId() + "; it assesses "
        + (report.subjects().isEmpty() ? "no subject"
            : report.subjects().stream().map(SubjectResult::id).collect(Collectors.joining(", ")));
  }

  static String subject(Report report, SubjectResult s) {
    return report.explain(s.id());
  }

  static String table(Report report) {
    return report.table();
  }

  static String awards(Report report) {
    return report.table() + "\n" + report.awardsAndPeople();
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
