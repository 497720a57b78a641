package dev.huzhu.cli;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.PolicyFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code huzhu validate}: reads every file whole, strictly, and says what it holds. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads the dataset, its logs and score files (and a policy) strictly and"
        + " validates them; prints what they hold, or every problem on the error stream."})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  Huzhu huzhu;

  @Mixin
  Inputs inputs;

  @Option(names = "--policy", paramLabel = "FILE", converter = Inputs.PolicyFile.class,
      description = "A policy (YAML or JSON).")
  Path policy;

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    Policy read = policy == null ? null
        : Inputs.collecting(() -> PolicyFiles.read(policy), problems);
    Dataset data = Inputs.collecting(() -> inputs.readWhole(huzhu), problems);
    if (problems.isEmpty() && read != null) {
      // what assess would refuse: a community of subjects.within the data does not hold
      problems.addAll(read.validate(data));
    }
    if (!problems.isEmpty()) {
      throw new HuzhuException("invalid input", problems);
    }
    huzhu.print("valid: " + Inputs.count(data.schools().size(), "school") + ", "
        + Inputs.count(data.people().size(), "person", "people") + ", "
        + Inputs.count(data.teams().size(), "team") + ", "
        + Inputs.count(data.activities().size(), "activity", "activities")
        + ", " + Inputs.count(data.scores().size(), "score record")
        + (read == null ? "" : "; policy " + read.id()));
    return 0;
  }
}
