package dev.huzhu.examples;

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
    AssessSite.print(Site.ZHUCHENG, out);
  }
}
