package dev.huzhu.io.internal.report;

import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.evaluation.subject.SubjectMember;
import dev.huzhu.io.document.Node;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Encodes a report as the tree of a {@code huzhu-report} document, fields in a fixed order so
 * that one report always gives the same bytes. An absent optional value is left out rather than
 * written as {@code null}; a raw value's absence is also stated by {@code "missing": true}, so
 * that a reader of the file need not know the convention.
 */
public final class ReportJsonWriter {
  /** The {@code format} of every report document. */
  public static final String FORMAT = "huzhu-report";
  /** The newest version this library writes and reads. */
  public static final int VERSION = 1;

  private ReportJsonWriter() {}

  /** The document of a report. */
  public static Node document(Report report) {
    return Node.object()
        .with("format", FORMAT)
        .with("version", VERSION)
        .with("policy", report.policyId())
        .with("title", report.title())
        .with("period", Node.object()
            .with("from", report.period().from().toString())
            .with("to", report.period().to().toString()))
        .with("subjects", list(report.subjects(), ReportJsonWriter::subject))
        .with("awards", list(report.awards(), ReportJsonWriter::award))
        .with("personal", list(report.personal(), ReportJsonWriter::person));
  }

  private static Node subject(SubjectResult s) {
    Node n = Node.object()
        .with("id", s.id())
        .with("kind", s.kind().name())
        .with("label", s.label())
        .with("order", s.order())
        .with("rank", s.rank())
        .with("total", s.total());
    optional(n, "grade", s.band());
    optional(n, "gradeLabel", s.bandLabel());
    return n.with("vetoed", s.vetoed())
        .with("sections", list(s.sections(), ReportJsonWriter::section))
        .with("adjustments", list(s.adjustments(), ReportJsonWriter::adjustment))
        .with("vetoes", list(s.vetoes(), ReportJsonWriter::veto))
        .with("members", list(s.members(), ReportJsonWriter::member));
  }

  private static Node section(SectionResult s) {
    return Node.object()
        .with("id", s.id())
        .with("label", s.label())
        .with("maxPoints", s.maxPoints())
        .with("points", s.points())
        .with("metrics", list(s.metrics(), ReportJsonWriter::metric));
  }

  private static Node metric(MetricResult m) {
    Node n = Node.object()
        .with("id", m.id())
        .with("label", m.label())
        .with("maxPoints", m.maxPoints());
    optionalNumber(n, "value", m.value());
    return n.with("points", m.points())
        .with("missing", m.value().isEmpty())
        .with("records", evidence(m.evidence()));
  }

  private static Node adjustment(AdjustmentResult a) {
    Node n = Node.object()
        .with("id", a.id())
        .with("label", a.label())
        .with("type", a.type().name());
    optionalNumber(n, "value", a.value());
    return n.with("points", a.points())
        .with("missing", a.value().isEmpty())
        .with("records", evidence(a.evidence()));
  }

  private static Node veto(VetoResult v) {
    Node n = Node.object()
        .with("id", v.id())
        .with("label", v.label());
    optionalNumber(n, "value", v.value());
    return n.with("triggered", v.triggered())
        .with("missing", v.value().isEmpty())
        .with("records", evidence(v.evidence()));
  }

  private static Node evidence(Evidence e) {
    Node ids = Node.array();
    e.ids().forEach(id -> ids.add(Node.string(id)));
    return Node.object().with("ids", ids).with("count", e.count());
  }

  private static Node member(SubjectMember m) {
    return Node.object().with("person", m.person()).with("role", m.role().name());
  }

  private static Node award(AwardResult a) {
    Node subjects = Node.array();
    a.subjects().forEach(s -> subjects.add(Node.string(s)));
    return Node.object()
        .with("id", a.id())
        .with("label", a.label())
        .with("forPeople", a.forPeople())
        .with("subjects", subjects)
        .with("people", list(a.people(), ReportJsonWriter::awardedPerson));
  }

  private static Node awardedPerson(AwardedPerson p) {
    Node n = Node.object()
        .with("person", p.person())
        .with("subject", p.subject())
        .with("role", p.role().name());
    optionalNumber(n, "value", p.value());
    return n;
  }

  private static Node person(PersonalPoints p) {
    Node n = Node.object().with("person", p.person());
    optional(n, "name", p.name());
    return n.with("points", p.points())
        .with("sources", list(p.sources(), ReportJsonWriter::source));
  }

  private static Node source(PointSource s) {
    return Node.object()
        .with("subject", s.subject())
        .with("role", s.role().name())
        .with("total", s.total())
        .with("coefficient", s.coefficient())
        .with("points", s.points());
  }

  private static <T> Node list(List<T> values, Function<T, Node> element) {
    Node list = Node.array();
    values.forEach(v -> list.add(element.apply(v)));
    return list;
  }

  private static void optional(Node object, String name, Optional<String> value) {
    value.ifPresent(v -> object.with(name, v));
  }

  private static void optionalNumber(Node object, String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> object.with(name, v));
  }
}
