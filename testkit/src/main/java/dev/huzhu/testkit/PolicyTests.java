package dev.huzhu.testkit;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Policy test files as JUnit 5 dynamic tests: one container per file, one test per expectation,
 * each linked to its line in the file. An invalid file becomes one failing test that lists its
 * problems; a folder without test files fails too, so that a wrong path never passes quietly.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> policyTests() {
 *   return PolicyTests.folder(Path.of("src/test/policies"));
 * }
 * }</pre>
 */
public final class PolicyTests {
  private PolicyTests() {}

  /** Every policy test file under the folder (or the one file), as dynamic tests. */
  public static Stream<DynamicNode> folder(Path fileOrFolder) {
    List<Path> files;
    try {
      files = PolicyTestFiles.find(fileOrFolder);
    } catch (HuzhuException e) {
      return Stream.of(failing(fileOrFolder.toString(), e.problems()));
    }
    if (files.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("policy tests under " + fileOrFolder, () -> {
        throw new AssertionFailedError("no policy test file (*.test.yaml, *.test.yml, *.test.json)"
            + " under " + fileOrFolder.toAbsolutePath());
      }));
    }
    return files.stream().map(PolicyTests::file);
  }

  /** One policy test file: a container of one test per expectation. */
  public static DynamicNode file(Path file) {
    PolicyTest test;
    try {
      test = PolicyTestFiles.read(file);
    } catch (HuzhuException e) {
      return failing(file.toString(), e.problems());
    }
    return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
        test.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), uri(file, c.location()),
            () -> {
              ExpectationOutcome r = c.expectation().check(test.report()).at(c.location());
              if (!r.passed()) {
                throw new AssertionFailedError(c.location() + ": " + r.describe(), r.expected(),
                    r.actual());
              }
            })));
  }

  private static DynamicNode failing(String file, List<Problem> problems) {
    return DynamicTest.dynamicTest(file + " is a valid policy test", () -> {
      throw new AssertionFailedError(file + " is not a valid policy test: " + problems.size()
          + (problems.size() == 1 ? " problem" : " problems") + "\n" + problems.stream()
              .map(Problem::toString).collect(Collectors.joining("\n")));
    });
  }

  /** A file URI with the expectation's line and column, which IDEs open at the place. */
  private static URI uri(Path file, SourceLocation at) {
    return URI.create(file.toUri() + "?line=" + at.line() + "&column=" + at.column());
  }
}
