package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.FileSyntax;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.testkit.property.PolicyChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The README's story of a policy author who swaps the points of two tiers by mistake: the property
 * checks find it and shrink it, and the README shows the very message they print.
 */
class SwappedTiersTest {
  @Test
  void thePropertyChecksFindTheSwapAndShrinkIt() throws Exception {
    String yaml = Files.readString(Path.of("data", "policies", "zhucheng-bundled.yaml"),
        StandardCharsets.UTF_8);
    String swapped = yaml.replace("{atLeast: 4, points: 15}, {atLeast: 2, points: 9}",
        "{atLeast: 4, points: 9}, {atLeast: 2, points: 15}");
    assertThat(swapped).isNotEqualTo(yaml);
    Policy policy = PolicyFiles.parse(swapped, FileSyntax.YAML); // still a valid policy

    AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
        () -> PolicyChecks.check(policy));

    // 2 or 3 thematic activities earn 15 and a fourth earns 9: the smallest counterexample is one
    // group with exactly three, and nothing else the assessment reads
    String message = e.getMessage();
    assertThat(message).contains("fails 1 of 8 property checks")
        .contains(" to 1 subject, 3 activities, 0 score records in ")
        .contains("from x = 3 to x = 4 and its points from 15.00 to 9.00");
    String head = message.substring(0, message.indexOf("  dataset:\n"));
    assertThat(readme()).isEqualTo(head);
  }

  private static String readme() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```text counterexample\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("the README's counterexample block").isTrue();
    return m.group(1);
  }
}
