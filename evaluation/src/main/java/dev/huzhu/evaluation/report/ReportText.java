package dev.huzhu.evaluation.report;

import dev.huzhu.evaluation.measure.Evidence;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders a report as plain text for a terminal or JShell. */
final class ReportText {
  private ReportText() {}

  static String table(Report report) {
    SubjectResult first = report.subjects().isEmpty() ? null : report.subjects().get(0);
    int sections = first == null ? 0 : first.sections().size();
    // #, rank, subject, kind, name, the sections, total, grade
    boolean[] right = new boolean[7 + sections];
    right[0] = true;
    right[1] = true;
    for (int i = 5; i < right.length - 1; i++) {
      right[i] = true;
    }
    TextTable t = new TextTable(right);
    String[] header = new String[right.length];
    header[0] = "#";
    header[1] = "rank";
    header[2] = "subject";
    header[3] = "kind";
    header[4] = "name";
    for (int s = 0; s < sections; s++) {
      header[5 + s] = first.sections().get(s).label();
    }
    header[5 + sections] = "total";
    header[6 + sections] = "grade";
    t.add(header);
    for (SubjectResult r : report.subjects()) {
      String[] row = new String[right.length];
      row[0] = String.valueOf(r.order());
      row[1] = String.valueOf(r.rank());
      row[2] = r.id();
      row[3] = r.kind().name();
      row[4] = r.label();
      for (int s = 0; s < sections; s++) {
        row[5 + s] = r.sections().get(s).points().toPlainString();
      }
      row[5 + sections] = r.total().toPlainString();
      row[6 + sections] = r.bandLabel().map(l -> l + " " + r.band().orElse("")).orElse("")
          + (r.vetoed() ? " (一票否决)" : "");
      t.add(row);
    }
    return report.title() + " (" + report.policyId() + ", " + report.period() + ")\n" + t;
  }

  static String explain(Report report, SubjectResult r) {
    StringBuilder s = new StringBuilder();
    s.append(r.id()).append(' ').append(r.label()).append(" — order ").append(r.order())
        .append(", rank ").append(r.rank()).append(", total ").append(r.total().toPlainString());
    r.band().ifPresent(g -> s.append(", grade ").append(g).append(' ').append(r.bandLabel().orElse("")));
    if (r.vetoed()) {
      s.append(", vetoed (一票否决)");
    }
    s.append('\n');
    for (SectionResult section : r.sections()) {
      s.append("  ").append(section.label()).append(" (").append(section.id()).append("): ")
          .append(section.points().toPlainString()).append(" / ")
          .append(section.maxPoints().toPlainString()).append(" = ")
          .append(section.metrics().stream().map(m -> m.points().toPlainString())
              .collect(Collectors.joining(" + ")))
          .append('\n');
      for (MetricResult m : section.metrics()) {
        s.append("    ").append(m.label()).append(" (").append(m.id()).append("): x = ")
            .append(value(m.value()))
            .append(m.comparison().map(c -> " (" + c + ")").orElse(""))
            .append(" → ").append(m.points().toPlainString())
            .append(" / ").append(m.maxPoints().toPlainString()).append(evidence(m.evidence()))
            .append('\n');
      }
    }
    for (AdjustmentResult a : r.adjustments()) {
      s.append("  ").append(a.type() == dev.huzhu.evaluation.policy.AdjustmentType.BONUS ? "加分 " : "扣分 ")
          .append(a.label()).append(" (").append(a.id()).append("): x = ").append(value(a.value()))
          .append(" → ").append(a.effect().signum() < 0 ? "" : "+").append(a.effect().toPlainString())
          .append(evidence(a.evidence())).append('\n');
    }
    for (VetoResult v : r.vetoes()) {
      s.append("  一票否决 ").append(v.label()).append(" (").append(v.id()).append("): x = ")
          .append(value(v.value())).append(v.triggered() ? " → triggered" : " → not triggered")
          .append(evidence(v.evidence())).append('\n');
    }
    BigDecimal sum = r.sections().stream().map(SectionResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    StringBuilder sum2 = new StringBuilder(r.sections().stream().map(x -> x.points().toPlainString())
        .collect(Collectors.joining(" + ")));
    for (AdjustmentResult a : r.adjustments()) {
      sum2.append(a.effect().signum() < 0 ? " − " : " + ").append(a.points().toPlainString());
      sum = sum.add(a.effect());
    }
    s.append("  total = ").append(sum.signum() < 0 ? "max(0, " + sum2 + ")" : sum2.toString())
        .append(" = ");
    // under points: total the figures above are shown to 4 places; the exact total is rounded once
    r.exactTotal().ifPresent(exact -> s.append(exact.toPlainString()).append(" exactly → "));
    s.append(r.total().toPlainString()).append('\n');
    return s.toString();
  }

  static String awardsAndPeople(Report report) {
    StringBuilder s = new StringBuilder(awards(report));
    if (report.personal().isEmpty()) {
      // a policy that carries no group's result to its members (手拉手, 城乡均衡): say so, rather
      // than print the heading of an empty table
      return s.append("评优晋级 priority list (bundled points): none\n").toString();
    }
    TextTable t = new TextTable(true, false, false, true, false);
    t.add("#", "person", "name", "points", "from");
    int i = 1;
    for (PersonalPoints p : report.personal()) {
      t.add(String.valueOf(i++), p.person(), p.name().orElse(""), p.points().toPlainString(),
          p.sources().stream().map(src -> src.subject() + " " + src.role() + " "
              + src.total().toPlainString() + "×" + src.coefficient().toPlainString()
              + (src.vetoed() ? " 一票否决 → 0" : ""))
              .collect(Collectors.joining("; ")));
    }
    return s.append("评优晋级 priority list (bundled points)\n").append(t).toString();
  }

  static String awards(Report report) {
    StringBuilder s = new StringBuilder();
    for (AwardResult a : report.awards()) {
      s.append(a.label()).append(" (").append(a.id()).append("): ");
      if (!a.forPeople()) {
        s.append(a.subjects().isEmpty() ? "none" : String.join(", ", a.subjects()));
      } else if (a.people().isEmpty()) {
        s.append("none");
      } else {
        s.append(a.people().stream().map(p -> p.person() + " (" + p.subject() + ", " + p.role()
            + p.value().map(v -> ", " + v.toPlainString()).orElse("") + ")")
            .collect(Collectors.joining(", ")));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String value(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("missing");
  }

  private static String evidence(Evidence e) {
    if (e.count() == 0) {
      return "";
    }
    return "  [" + e.count() + " record" + (e.count() == 1 ? "" : "s") + ": "
        + String.join(", ", e.ids()) + (e.isComplete() ? "" : ", …") + "]";
  }
}
