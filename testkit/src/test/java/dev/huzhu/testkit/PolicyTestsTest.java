package dev.huzhu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Policy test files as JUnit dynamic tests, and the same files run as {@code huzhu test} runs them. */
class PolicyTestsTest {
  static final Path RUN = PolicyTestFilesTest.ROOT.resolve("run");

  @Test
  void oneContainerPerFileOneTestPerExpectationEachAtItsLine() {
    List<DynamicNode> files = PolicyTests.folder(RUN).collect(Collectors.toList());
    assertThat(files).extracting(DynamicNode::getDisplayName)
        .containsExactly("inline.test.yaml", "seed.test.yaml");
    List<DynamicTest> seed = tests(files.get(1));
    assertThat(seed).extracting(DynamicNode::getDisplayName)
        .containsExactly("五年级数学 total", "五年级数学 is 优秀", "五年级数学 is an outstanding group");
    // the third expectation is written on line 10, from column 5
    assertThat(seed.get(2).getTestSourceUri()).contains(URI.create(
        RUN.resolve("seed.test.yaml").toUri() + "?line=10&column=5"));
    tests(files.get(0)).forEach(PolicyTestsTest::passes);
    passes(seed.get(0));
    // 五年级数学: 35.83 + 49.23 + 2.00 = 87.06 (worked in Seed) reaches 85, but it is fifth and
    // 16 groups × 30% = 4.8 → FLOOR 4 seats of 优秀, taken by 97.10, 92.00, 88.52 and 87.21: 良好
    assertThat(fails(seed.get(1)).getMessage()).startsWith(RUN.resolve("seed.test.yaml")
        + ":9:5: g-zc-math5 grade: expected EXCELLENT, but it is GOOD\n");
    assertThat(fails(seed.get(2)).getMessage()).startsWith(RUN.resolve("seed.test.yaml")
        + ":10:5: award outstanding-group: expected it to include g-zc-math5, but it selects"
        + " g-zc-chinese5, g-zc-math3, g-zc-math4, g-zc-chinese3\n");
  }

  @Test
  void anInvalidFileIsOneFailingTestWithEveryProblem() {
    List<DynamicNode> files = PolicyTests.folder(PolicyTestFilesTest.BAD).collect(Collectors.toList());
    assertThat(files).hasSize(10).allMatch(n -> n instanceof DynamicTest);
    DynamicTest newer = (DynamicTest) files.get(7);
    Path file = PolicyTestFilesTest.BAD.resolve("newer.test.yaml");
    assertThat(newer.getDisplayName()).isEqualTo(file + " is a valid policy test");
    assertThat(fails(newer).getMessage()).isEqualTo(file + " is not a valid policy test: 1 problem\n"
        + file + ":2:10 UNSUPPORTED_VERSION at version: the document is huzhu-policy-test version 2,"
        + " newer than this library: this library reads huzhu-policy-test version 1; upgrade huzhu to"
        + " read it");
  }

  @Test
  void aFolderWithoutTestsOrAPathThatIsNotThereFails(@TempDir Path empty) {
    List<DynamicNode> none = PolicyTests.folder(empty).collect(Collectors.toList());
    assertThat(fails((DynamicTest) none.get(0)).getMessage()).isEqualTo("no policy test file"
        + " (*.test.yaml, *.test.yml, *.test.json) under " + empty.toAbsolutePath());
    Path missing = empty.resolve("missing");
    List<DynamicNode> gone = PolicyTests.folder(missing).collect(Collectors.toList());
    assertThat(fails((DynamicTest) gone.get(0)).getMessage()).isEqualTo(missing
        + " is not a valid policy test: 1 problem\nUNREADABLE: cannot read " + missing
        + ": there is no such file or folder");
  }

  @Test
  void theRunnerOfTheCommandLineGivesTheSameResults() {
    PolicyTestRun run = PolicyTestRun.of(RUN);
    assertThat(run.files()).extracting(PolicyTestFileRun::file).containsExactly(
        RUN.resolve("inline.test.yaml").toString(), RUN.resolve("seed.test.yaml").toString());
    // inline: 7 of 7; seed: the total holds, the grade and the award do not
    assertThat(run.passed()).isEqualTo(8);
    assertThat(run.failed()).isEqualTo(2);
    assertThat(run.invalidFiles()).isZero();
    assertThat(run.isSuccess()).isFalse();
    assertThat(run.files().get(1).outcomes()).extracting(ExpectationOutcome::message).containsExactly(
        "g-zc-math5 total is 87.06",
        "g-zc-math5 grade: expected EXCELLENT, but it is GOOD",
        "award outstanding-group: expected it to include g-zc-math5, but it selects g-zc-chinese5,"
            + " g-zc-math3, g-zc-math4, g-zc-chinese3");
    PolicyTestRun bad = PolicyTestRun.of(PolicyTestFilesTest.BAD);
    assertThat(bad.invalidFiles()).isEqualTo(10);
    assertThat(bad.files().get(2).problems()).hasSize(20);
    assertThat(PolicyTestRun.of(RUN.resolve("inline.test.yaml")).isSuccess()).isTrue();
  }

  private static List<DynamicTest> tests(DynamicNode container) {
    return ((DynamicContainer) container).getChildren().map(DynamicTest.class::cast)
        .collect(Collectors.toList());
  }

  private static void passes(DynamicTest test) {
    try {
      test.getExecutable().execute();
    } catch (Throwable t) {
      throw new AssertionError(test.getDisplayName() + " must pass", t);
    }
  }

  private static AssertionFailedError fails(DynamicTest test) {
    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> test.getExecutable().execute());
    assertThat(e).as("%s must fail", test.getDisplayName()).isNotNull();
    return e;
  }
}
