package dev.huzhu.cli;

import static dev.huzhu.cli.Cli.huzhu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.cli.Cli.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HuzhuTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "validate", "assess", "explain", "test"})
  void everyCommandHasHelp(String command) {
    Run run = command.isEmpty() ? huzhu("--help") : huzhu(command, "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: huzhu" + (command.isEmpty() ? "" : " " + command))
        .contains("--help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theVersionIsTheBuild() {
    Run run = huzhu("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("huzhu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    assertThat(huzhu().exit()).isEqualTo(2);
    Run run = huzhu("asess");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("assess");
  }
}
