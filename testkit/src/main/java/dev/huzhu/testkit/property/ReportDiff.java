package dev.huzhu.testkit.property;

import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The first figure in which two reports differ, named so that a reader can find it. */
final class ReportDiff {
  private ReportDiff() {}

  /** Where {@code b} first differs from {@code a}; empty when they are equal. */
  static Optional<String> first(Report a, Report b) {
    if (a.equals(b)) {
      return Optional.empty();
    }
    List<SubjectResult> sa = a.subjects();
    List<SubjectResult> sb = b.subjects();
    for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
      Optional<String> d = subject(sa.get(i), sb.get(i));
      if (d.isPresent()) {
        return Optional.of("subject at order " + (i + 1) + ": " + d.get());
      }
    }
    if (sa.size() != sb.size()) {
      return Optional.of(sa.size() + " subjects against " + sb.size());
    }
    for (int i = 0; i < Math.min(a.awards().size(), b.awards().size()); i++) {
      AwardResult x = a.awards().get(i);
      AwardResult y = b.awards().get(i);
      if (!x.equals(y)) {
        return Optional.of("award " + x.id() + ": " + x.subjects() + " " + x.people() + " against "
            + y.subjects() + " " + y.people());
      }
    }
    for (int i = 0; i < Math.min(a.personal().size(), b.personal().size()); i++) {
      PersonalPoints x = a.personal().get(i);
      PersonalPoints y = b.personal().get(i);
      if (!x.equals(y)) {
        return Optional.of("personal list at " + (i + 1) + ": " + x + " against " + y);
      }
    }
    return Optional.of("the reports differ: " + a + " against " + b);
  }

  private static Optional<String> subject(SubjectResult x, SubjectResult y) {
    if (x.equals(y)) {
      return Optional.empty();
    }
    if (!x.id().equals(y.id())) {
      return Optional.of(x.id() + " (total " + x.total().toPlainString() + ") against " + y.id()
          + " (total " + y.total().toPlainString() + ")");
    }
    String id = x.id() + " ";
    Optional<String> d = field(id + "total", x, y, SubjectResult::total)
        .or(() -> field(id + "rank", x, y, SubjectResult::rank))
        .or(() -> field(id + "grade", x, y, SubjectResult::band))
        .or(() -> field(id + "vetoed", x, y, SubjectResult::vetoed))
        .or(() -> field(id + "members", x, y, SubjectResult::members));
    if (d.isPresent()) {
      return d;
    }
    for (int s = 0; s < Math.min(x.sections().size(), y.sections().size()); s++) {
      SectionResult p = x.sections().get(s);
      SectionResult q = y.sections().get(s);
      for (int m = 0; m < Math.min(p.metrics().size(), q.metrics().size()); m++) {
        MetricResult u = p.metrics().get(m);
        MetricResult v = q.metrics().get(m);
        String at = id + "metric " + u.id() + " ";
        d = field(at + "value", u, v, MetricResult::value)
            .or(() -> field(at + "points", u, v, MetricResult::points))
            .or(() -> field(at + "evidence", u, v, MetricResult::evidence));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (int i = 0; i < Math.min(x.adjustments().size(), y.adjustments().size()); i++) {
      AdjustmentResult u = x.adjustments().get(i);
      AdjustmentResult v = y.adjustments().get(i);
      if (!u.equals(v)) {
        return Optional.of(id + "adjustment " + u.id() + ": " + u + " against " + v);
      }
    }
    for (int i = 0; i < Math.min(x.vetoes().size(), y.vetoes().size()); i++) {
      VetoResult u = x.vetoes().get(i);
      VetoResult v = y.vetoes().get(i);
      if (!u.equals(v)) {
        return Optional.of(id + "veto " + u.id() + ": " + u + " against " + v);
      }
    }
    return Optional.of(id + x + " against " + y);
  }

  private static <T> Optional<String> field(String what, T x, T y, Function<T, ?> get) {
    Object u = get.apply(x);
    Object v = get.apply(y);
    return Objects.equals(u, v) ? Optional.empty() : Optional.of(what + " " + show(u) + " against " + show(v));
  }

  private static String show(Object o) {
    if (o instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    if (o instanceof Optional<?> optional) {
      return optional.map(ReportDiff::show).orElse("missing");
    }
    return String.valueOf(o);
  }
}
