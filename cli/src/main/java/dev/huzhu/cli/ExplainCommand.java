package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.school.School;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code huzhu explain SUBJECT}: every figure of one subject, so that it re-adds by hand; for a
 * school or a community also the score records its figures cite, school by school.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Assesses the dataset under the policy and explains one subject's figures.")
final class ExplainCommand implements Callable<Integer> {
  private static final int NAMED = 20;

  @ParentCommand
  Huzhu huzhu;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUBJECT",
      description = "The id of an assessed subject (a team, an exchange, a pairing, a school, a"
          + " community).")
  String subject;

  @Mixin
  Inputs inputs;

  @Mixin
  AssessOptions assess;

  @Override
  public Integer call() {
    List<Dataset> read = new ArrayList<>();
    Report report = assess.assess(inputs, huzhu, read::add);
    if (report.subject(subject).isEmpty()) {
      throw new ParameterException(spec.commandLine(), unknown(report));
    }
    huzhu.print(report.explain(subject) + scoreRecords(report.subject(subject).get(), read.get(0)));
    return 0;
  }

  /**
   * For a school or a community, the score records its figures cite, school by school (the core
   * school first): students and every value a measure may read, so that a level, a gap or a
   * dispersion re-adds by hand. Empty for other subjects and when no record is cited.
   */
  static String scoreRecords(SubjectResult result, Dataset data) {
    List<String> schools = new ArrayList<>();
    Optional<Community> community = Optional.empty();
    if (result.kind() == SubjectKind.SCHOOL) {
      schools.add(result.id());
    } else if (result.kind() == SubjectKind.COMMUNITY) {
      community = data.community(result.id());
      community.ifPresent(c -> {
        schools.add(c.core());
        schools.addAll(c.members());
      });
    }
    Set<String> cited = new TreeSet<>();
    result.sections().forEach(s -> s.metrics().forEach(m -> cited.addAll(m.evidence().ids())));
    result.adjustments().forEach(a -> cited.addAll(a.evidence().ids()));
    result.vetoes().forEach(v -> cited.addAll(v.evidence().ids()));
    StringBuilder text = new StringBuilder();
    for (String school : schools) {
      List<ScoreRecord> records = data.scoresAt(school).stream().filter(r -> cited.contains(r.key()))
          .sorted(Comparator.comparing(ScoreRecord::key)).toList();
      if (records.isEmpty()) {
        continue;
      }
      String role = community.isEmpty() ? "school" : community.get().core().equals(school)
          ? "core school" : "member school";
      text.append("  ").append(role).append(' ').append(school).append(' ')
          .append(data.school(school).map(School::name).orElse("")).append('\n');
      for (ScoreRecord r : records) {
        text.append("    ").append(r.key()).append(": ").append(r.students()).append(" students, mean ")
            .append(r.mean().toPlainString()).append(" of ").append(r.fullMark().toPlainString());
        r.passRate().ifPresent(v -> text.append(", pass rate ").append(v.toPlainString()));
        r.excellentRate().ifPresent(v -> text.append(", excellent rate ").append(v.toPlainString()));
        text.append('\n');
      }
    }
    return text.length() == 0 ? "" : "  score records cited (weighted by students):\n" + text;
  }

  private String unknown(Report report) {
    int n = report.subjects().size();
    if (n == 0) {
      return "No subject " + subject + ": policy " + report.policyId() + " assesses no subject"
          + " in this dataset";
    }
    return "No subject " + subject + " in the report of policy " + report.policyId()
        + "; its subjects are " + report.subjects().stream().limit(NAMED).map(SubjectResult::id)
            .collect(Collectors.joining(", "))
        + (n > NAMED ? " and " + (n - NAMED) + " more" : "");
  }
}
