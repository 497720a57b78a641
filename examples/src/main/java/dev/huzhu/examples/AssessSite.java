package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One site's assessment on the seed's files: reads {@code seed.json} with every site's log and
 * scores, assesses with the {@link Site}'s policy, and prints the ranked table, the awards and the
 * personal priority list.
 *
 * <p>{@code java -cp examples/target/huzhu-examples.jar dev.huzhu.examples.AssessSite jingbian}
 */
public final class AssessSite {
  private AssessSite() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String words = Arrays.stream(Site.values()).map(Site::word).collect(Collectors.joining("|"));
    if (args.length != 1 || Site.parse(args[0]).isEmpty()) {
      System.err.println("usage: AssessSite " + words);
      System.exit(2);
    }
    print(Site.parse(args[0]).orElseThrow(), out);
  }

  /** Runs the site's assessment and prints it. */
  static void print(Site site, PrintStream out) {
    Dataset seed = SeedFiles.read();
    Policy policy = SeedFiles.policy(site);
    Report report = Assessment.of(policy).run(seed);
    out.println("huzhu — " + site.title() + ": " + policy.title() + " (" + policy.id() + "), "
        + policy.period());
    out.println("read " + SeedFiles.DATASET + " with the five sites' logs and scores: "
        + seed.activities().size() + " activities, " + seed.scores().size()
        + " score records, validated");
    out.println();
    out.print(report.table());
    String awards = report.awardsAndPeople();
    if (!awards.isEmpty()) {
      out.println();
      out.print(awards);
    }
  }
}
