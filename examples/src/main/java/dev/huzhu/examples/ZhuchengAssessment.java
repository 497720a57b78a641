package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main job: the 诸城 中心教研组捆绑考核 on the seed's bundled files — reads the dataset, its
 * activity log and test scores and the policy from files, assesses, and prints the ranked table,
 * the awards and the personal priority list for 评优晋级.
 *
 * <p>{@code java -jar examples/target/huzhu-examples.jar}
 */
public final class ZhuchengAssessment {
  private ZhuchengAssessment() {}

  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs the assessment and prints it. */
  static void print(PrintStream out) {
    Dataset seed = SeedFiles.read();
    Policy policy = SeedFiles.policy("zhucheng-bundled.yaml");
    Report report = Assessment.of(policy).run(seed);
    out.println("huzhu — " + policy.title() + " (" + policy.id() + "), " + policy.period());
    out.println("read " + SeedFiles.DATASET + " with " + SeedFiles.ACTIVITIES + " and "
        + SeedFiles.SCORES + ": " + seed.activities().size() + " activities, "
        + seed.scores().size() + " score records, validated");
    out.println();
    out.print(report.table());
    out.println();
    out.print(report.awardsAndPeople());
  }
}
