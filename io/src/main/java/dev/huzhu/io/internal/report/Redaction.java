package dev.huzhu.io.internal.report;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.ImmutableAdjustmentResult;
import dev.huzhu.evaluation.report.ImmutableAwardResult;
import dev.huzhu.evaluation.report.ImmutableMetricResult;
import dev.huzhu.evaluation.report.ImmutablePersonalPoints;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSectionResult;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.ImmutableVetoResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces people's names in a report by their ids (docs/files.md#personal-data-and-redaction). A report names
 * people in two places: the personal list ({@link PersonalPoints#name()}) and the label of an
 * exchange subject, which is its person's name. Both become the person's id. Beyond these, a name
 * from the personal list that occurs inside any other text of the report — a team named after its
 * leader (李明名师工作室), the title, a label — is replaced by the id too, so that no name known
 * to the report survives; names of one character are matched only as a whole label, since as
 * parts of words they would wreck unrelated text. Ids are never changed, so a name must not be
 * part of an id; and a name the report does not know (of someone outside every assessed subject)
 * cannot be recognised in a label.
 */
public final class Redaction {
  /** Names by the ids that replace them, longest first so a longer name wins over its prefix. */
  private final List<Map.Entry<String, String>> names;

  private Redaction(Map<String, String> names) {
    List<Map.Entry<String, String>> sorted = new ArrayList<>(names.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
        .thenComparing(Map.Entry::getKey));
    this.names = sorted;
  }

  /** The report with every person's name replaced by their id. */
  public static Report redact(Report report) {
    Map<String, String> names = new LinkedHashMap<>();
    for (PersonalPoints p : report.personal()) {
      p.name().filter(n -> !n.isBlank()).ifPresent(n -> names.putIfAbsent(n, p.person()));
    }
    Redaction r = new Redaction(names);
    return ImmutableReport.copyOf(report)
        .withTitle(r.text(report.title()))
        .withSubjects(report.subjects().stream().map(r::subject)
            .collect(ImmutableList.toImmutableList()))
        .withAwards(report.awards().stream().map(r::award).collect(ImmutableList.toImmutableList()))
        .withPersonal(report.personal().stream().map(p -> p.name().isEmpty() ? p
            : ImmutablePersonalPoints.copyOf(p).withName(p.person()))
            .collect(ImmutableList.toImmutableList()));
  }

  private SubjectResult subject(SubjectResult s) {
    // an exchange is assessed under its one person's name (SubjectResolver)
    String label = s.kind() == SubjectKind.EXCHANGE && s.members().size() == 1
        ? s.members().get(0).person() : text(s.label());
    return ImmutableSubjectResult.copyOf(s)
        .withLabel(label)
        .withBandLabel(s.bandLabel().map(this::text))
        .withSections(s.sections().stream().map(this::section).collect(ImmutableList.toImmutableList()))
        .withAdjustments(s.adjustments().stream()
            .map(a -> ImmutableAdjustmentResult.copyOf(a).withLabel(text(a.label())))
            .collect(ImmutableList.toImmutableList()))
        .withVetoes(s.vetoes().stream()
            .map(v -> ImmutableVetoResult.copyOf(v).withLabel(text(v.label())))
            .collect(ImmutableList.toImmutableList()));
  }

  private SectionResult section(SectionResult s) {
    return ImmutableSectionResult.copyOf(s)
        .withLabel(text(s.label()))
        .withMetrics(s.metrics().stream()
            .map(m -> ImmutableMetricResult.copyOf(m).withLabel(text(m.label())))
            .collect(ImmutableList.toImmutableList()));
  }

  private AwardResult award(AwardResult a) {
    return ImmutableAwardResult.copyOf(a).withLabel(text(a.label()));
  }

  /** The text with every known name in it replaced by its person's id. */
  String text(String text) {
    for (Map.Entry<String, String> n : names) {
      if (text.equals(n.getKey())) {
        return n.getValue();
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    scan:
    while (i < text.length()) {
      for (Map.Entry<String, String> n : names) {
        String name = n.getKey();
        if (name.codePointCount(0, name.length()) > 1 && text.startsWith(name, i)) {
          out.append(n.getValue());
          i += name.length();
          continue scan;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }
}
