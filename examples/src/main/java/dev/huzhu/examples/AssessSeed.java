package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed built in Java ({@link SeedDataset}) and assessed by the three built-in policies of
 * docs/assessment.md#built-in-policies, no files involved: 诸城's research groups by the 中心教研组捆绑考核, its exchange
 * teachers by the 交流教师考核, XX镇's party pairings by the 双结对 effectiveness policy. Prints
 * each ranked table, then the awards and the priority list.
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.AssessSeed}
 */
public final class AssessSeed {
  private AssessSeed() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Dataset seed = SeedDataset.dataset();
    for (Policy policy : List.of(BuiltInPolicies.zhuchengBundled(), BuiltInPolicies.exchangeTeacher(),
        BuiltInPolicies.doublePairing())) {
      Report report = Assessment.of(policy).run(seed);
      out.print(report.table());
      out.println();
      out.print(report.awardsAndPeople());
      out.println();
    }
  }
}
