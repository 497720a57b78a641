package dev.huzhu.io.internal.report;

import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.io.internal.csv.CsvWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two tables of a report for spreadsheet users.
 *
 * <p>Subjects, one row each in report order: {@code order, rank, id, kind, label, total, grade,
 * gradeLabel, vetoed}; then for each section {@code <section>} (its points) followed by, for each
 * of its metrics, {@code <section>.<metric>} (points) and {@code <section>.<metric>.value} (the raw
 * value, empty when missing); then {@code adjustments.<id>} (the signed effect on the total: +
 * for a bonus, − for a deduction) and {@code vetoes.<id>} ({@code true} when triggered). The
 * columns come from the first subject, in the policy's order, and are the same for every row, so
 * that each row re-adds to its total.
 *
 * <p>People, one row each in the personal list's order: {@code order} (the place in the list, from
 * 1), {@code person}, {@code name} (empty for a person shown by id only), {@code points},
 * {@code sources} ({@code subject:role:points} joined by {@code ;}).
 *
 * <p>Text cells are guarded against formulas ({@link CsvWriter}); numbers are written as held.
 */
public final class ReportCsv {
  private ReportCsv() {}

  /** Writes the table of subjects. */
  public static void writeSubjects(Report report, Writer out) {
    List<Column> columns = columns(report);
    CsvWriter csv = CsvWriter.of(out);
    List<String> header = new ArrayList<>(List.of("order", "rank", "id", "kind", "label", "total",
        "grade", "gradeLabel", "vetoed"));
    columns.forEach(c -> header.add(c.name));
    csv.header(header);
    for (SubjectResult s : report.subjects()) {
      csv.number(s.order()).number(s.rank()).text(s.id()).text(s.kind().name()).text(s.label())
          .number(s.total()).text(s.band().orElse("")).text(s.bandLabel().orElse(""))
          .text(Boolean.toString(s.vetoed()));
      for (Column c : columns) {
        Optional<String> text = c.text.apply(s);
        if (text.isPresent()) {
          csv.text(text.get());
        } else {
          Optional<BigDecimal> n = c.number.apply(s);
          if (n.isPresent()) {
            csv.number(n.get());
          } else {
            csv.empty();
          }
        }
      }
      csv.endRow();
    }
    csv.flush();
  }

  /** Writes the table of people. */
  public static void writePeople(Report report, Writer out) {
    CsvWriter csv = CsvWriter.of(out);
    csv.header(List.of("order", "person", "name", "points", "sources"));
    int order = 1;
    for (PersonalPoints p : report.personal()) {
      csv.number(order++).text(p.person()).text(p.name().orElse("")).number(p.points())
          .text(p.sources().stream()
              .map(s -> s.subject() + ":" + s.role().name() + ":" + s.points().toPlainString())
              .collect(Collectors.joining(";")))
          .endRow();
    }
    csv.flush();
  }

  /** A column after the fixed ones: a number of the subject, or text, or empty when absent. */
  private static final class Column {
    final String name;
    final Function<SubjectResult, Optional<BigDecimal>> number;
    final Function<SubjectResult, Optional<String>> text;

    Column(String name, Function<SubjectResult, Optional<BigDecimal>> number) {
      this(name, number, s -> Optional.empty());
    }

    Column(String name, Function<SubjectResult, Optional<BigDecimal>> number,
        Function<SubjectResult, Optional<String>> text) {
      this.name = name;
      this.number = number;
      this.text = text;
    }
  }

  /** The columns of the first subject; every subject of one report has the policy's shape. */
  private static List<Column> columns(Report report) {
    List<Column> columns = new ArrayList<>();
    if (report.subjects().isEmpty()) {
      return columns;
    }
    SubjectResult first = report.subjects().get(0);
    for (SectionResult section : first.sections()) {
      String sid = section.id();
      columns.add(new Column(sid, s -> s.section(sid).map(SectionResult::points)));
      for (MetricResult metric : section.metrics()) {
        String mid = metric.id();
        columns.add(new Column(sid + "." + mid, s -> metric(s, sid, mid).map(MetricResult::points)));
        columns.add(new Column(sid + "." + mid + ".value",
            s -> metric(s, sid, mid).flatMap(MetricResult::value)));
      }
    }
    for (AdjustmentResult adjustment : first.adjustments()) {
      String aid = adjustment.id();
      columns.add(new Column("adjustments." + aid, s -> s.adjustments().stream()
          .filter(a -> a.id().equals(aid)).findFirst().map(AdjustmentResult::effect)));
    }
    for (VetoResult veto : first.vetoes()) {
      String vid = veto.id();
      columns.add(new Column("vetoes." + vid, s -> Optional.empty(), s -> s.vetoes().stream()
          .filter(v -> v.id().equals(vid)).findFirst().map(v -> Boolean.toString(v.triggered()))));
    }
    return columns;
  }

  private static Optional<MetricResult> metric(SubjectResult s, String section, String metric) {
    return s.section(section).flatMap(x -> x.metrics().stream().filter(m -> m.id().equals(metric))
        .findFirst());
  }
}
