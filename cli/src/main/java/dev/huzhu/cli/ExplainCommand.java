package dev.huzhu.cli;

import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code huzhu explain SUBJECT}: every figure of one subject, so that it re-adds by hand. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Assesses the dataset under the policy and explains one subject's figures.")
final class ExplainCommand implements Callable<Integer> {
  private static final int NAMED = 20;

  @ParentCommand
  Huzhu huzhu;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUBJECT",
      description = "The id of an assessed subject (a team, an exchange, a pairing).")
  String subject;

  @Mixin
  Inputs inputs;

  @Mixin
  AssessOptions assess;

  @Override
  public Integer call() {
    Report report = assess.assess(inputs, huzhu);
    if (report.subject(subject).isEmpty()) {
      throw new ParameterException(spec.commandLine(), unknown(report));
    }
    huzhu.print(report.explain(subject));
    return 0;
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
