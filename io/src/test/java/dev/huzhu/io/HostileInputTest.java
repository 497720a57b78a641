package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs are refused with a clear problem and in bounded memory: {@link HostileInputCheck}
 * feeds them to the readers in a JVM whose heap (64 MiB) is smaller than the largest of them
 * (100 MB), and this test checks what it printed, case by case. The ten-minute wait is a guard
 * against a hang, not a measure of speed; the whole run takes about two seconds.
 */
class HostileInputTest {
  @Test
  void everyHostileInputIsRefusedInASmallHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", TestClassPath.get(),
        HostileInputCheck.class.getName()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    String kinds = Arrays.stream(ActivityKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    assertThat(output.lines()).containsExactly(
        "deeply nested JSON: nested.json:1:86 LIMIT_EXCEEDED at schools" + "[0]".repeat(31)
            + ": the input exceeds a read limit: Document nesting depth (33) exceeds the maximum allowed (32)",
        "100 MB string in JSON: string.json:1:128935 LIMIT_EXCEEDED at schools[0].id: the input exceeds a read limit: String value length (128871) exceeds the maximum allowed (100000)",
        "10,000-digit number in JSON: number.json:1:265 LIMIT_EXCEEDED at scores[0].grade: the input exceeds a read limit: Number value length (201) exceeds the maximum allowed (64)",
        "exponent bomb in JSON: <text>:1:174 BAD_NUMBER at scores[0].mean: the number is too large or too small: at most 64 digits either side of the point",
        "class name in a kind: class.jsonl:1:45 UNKNOWN_VALUE at kind: \"java.lang.Runtime\" is not one of " + kinds,
        "type key in a school: <text>:1:66 UNKNOWN_FIELD at schools[0].@class: a school has no field \"@class\"",
        "100 MB CSV cell: cell.csv:2:32 LIMIT_EXCEEDED: a cell is longer than 100000 characters",
        "10,000-digit number in CSV: number.csv:2:34 LIMIT_EXCEEDED at lessons: a number of 10000 characters is longer than the limit of 64",
        "100 MB JSON line: line.jsonl:1:1 LIMIT_EXCEEDED: a line is longer than 1000000 characters",
        "a million bad rows: rows.csv:2:1 WRONG_CELL_COUNT: a row of 1 cell; the header has 6 … (1001 problems, the last TOO_MANY_PROBLEMS)",
        "document over the size limit: big.json:1:16235 LIMIT_EXCEEDED at version: the input exceeds a read limit: Document length (12234) exceeds the maximum allowed (10000)",
        // 9 aliases on each of 8 lines, the 9 unknown keys a to i, and the 5 fields a policy needs
        "YAML alias bomb: <text>:4:8 YAML_ALIAS at b[0]: YAML aliases (*name) are not read: write the value out in full … (86 problems, the last UNKNOWN_FIELD)",
        "class name in a measure type: <text>:12:55 UNKNOWN_VALUE at sections[0].metrics[0].measure.type: \"java.lang.ProcessBuilder\" is not a measure; the measures are count, sum, mean, distinctMonths, distinctSchools, distinctKinds, perMember, improvement, improvementRate, level, followUpCoverage, monthlyCompliance, professionalMatch",
        "YAML tag: <text>:3:5 MALFORMED at id: YAML tags (!name) are not read: types come from the field, never from the input … (5 problems, the last MISSING_FIELD)",
        "100 MB YAML string: string.yaml:3:100001 LIMIT_EXCEEDED: the input exceeds a read limit: a line is longer than 100000 characters");
  }
}
