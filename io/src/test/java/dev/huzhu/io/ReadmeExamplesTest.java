package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The file examples of the README are real: every fenced block tagged {@code json dataset},
 * {@code csv activities}, {@code jsonl activities}, {@code csv scores} or {@code yaml policy} is
 * read by the library, and the logs and scores are valid against the README's dataset.
 */
class ReadmeExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```(\\w+) (\\w+)\\n(.*?)```", Pattern.DOTALL);

  private static List<String[]> blocks() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String[]> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(new String[] {m.group(1) + " " + m.group(2), m.group(3)});
    }
    return blocks;
  }

  private static List<String> of(List<String[]> blocks, String tag) {
    return blocks.stream().filter(b -> b[0].equals(tag)).map(b -> b[1]).collect(Collectors.toList());
  }

  @Test
  void theReadmeDatasetLogsAndScoresReadAndValidateTogether() throws Exception {
    List<String[]> blocks = blocks();
    List<String> datasets = of(blocks, "json dataset");
    assertThat(datasets).hasSize(1);
    Dataset d = DatasetFiles.parse(datasets.get(0));
    assertThat(d.schools()).hasSize(2);
    assertThat(d.activities()).extracting(Activity::id).containsExactly("a-jb-20121113-sent");

    List<Activity> logged = new ArrayList<>();
    for (String csv : of(blocks, "csv activities")) {
      logged.addAll(ActivityLogs.parse(csv, LogFormat.CSV, "README.csv"));
    }
    for (String jsonl : of(blocks, "jsonl activities")) {
      logged.addAll(ActivityLogs.parse(jsonl, LogFormat.JSON_LINES, "README.jsonl"));
    }
    assertThat(logged).extracting(Activity::id).containsExactly("a-jb-20121113-sent",
        "a-jb-20121113-observe", "a-jb-20121113-discuss");
    // the CSV row of the sent lesson says what the dataset's element says
    assertThat(logged.get(0)).isEqualTo(d.activities().get(0));

    List<String> scores = of(blocks, "csv scores");
    assertThat(scores).hasSize(1);
    var records = ScoreFiles.parse(scores.get(0), "README-scores.csv");
    Dataset whole = Dataset.builder().copyFrom(d).activities(logged.subList(1, logged.size()))
        .addAllScores(records).build();
    assertThat(whole.validate()).isEmpty();
    // and the same through the streaming reader
    try (LogStream stream = ActivityLogs.open(new StringReader(of(blocks, "csv activities").get(0)),
        "README.csv", LogFormat.CSV, d, ReadLimits.defaults())) {
      assertThat(stream.activities().count()).isEqualTo(2);
    }
  }

  @Test
  void theReadmePolicyIsTheBuiltInExchangeTeacherPolicy() throws Exception {
    List<String> policies = of(blocks(), "yaml policy");
    assertThat(policies).hasSize(1);
    assertThat(PolicyFiles.parse(policies.get(0), FileSyntax.YAML))
        .isEqualTo(BuiltInPolicies.exchangeTeacher());
  }
}
