package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing policies" section shows files that run in CI: its JUnit test is
 * {@link ZhuchengPolicyTest}, word for word, and its policy test file is
 * {@code policy-tests/zhucheng-bundled.test.yaml}, run by {@link BuiltInPolicyTestsTest}.
 */
class ReadmeTestkitTest {
  private static List<String> blocks(String tag) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + Pattern.quote(tag) + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void theJUnitTestIsTheOneThatRuns() throws Exception {
    String source = Files.readString(Path.of("src", "test", "java", "dev", "huzhu", "examples",
        "ZhuchengPolicyTest.java"), StandardCharsets.UTF_8);
    assertThat(blocks("java testkit")).containsExactly(source);
    // under twenty lines, the package and imports included
    assertThat(source.lines().count()).isLessThan(20);
  }

  @Test
  void thePolicyTestFileIsTheOneThatRuns() throws Exception {
    assertThat(blocks("yaml policy-test")).containsExactly(Files.readString(
        Path.of("policy-tests", "zhucheng-bundled.test.yaml"), StandardCharsets.UTF_8));
  }
}
