package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing then reading any valid dataset, log or score file gives back an equal value (docs/files.md#writing-and-round-trips),
 * over datasets of the synthetic generator; each failure names its seed.
 */
class DatasetRoundTripTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  static LongStream largerSeeds() {
    return LongStream.of(101, 202, 303);
  }

  private static Dataset dataset(long seed, Scale scale) {
    Dataset d = SyntheticDatasets.generate(seed, scale).dataset();
    return Dataset.builder().copyFrom(d).activities(AwkwardText.spoil(d.activities(), seed)).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDatasetDocumentReadsBackEqual(long seed) {
    Dataset d = dataset(seed, Scale.tiny());
    String json = DatasetFiles.toJson(d);
    assertThat(DatasetFiles.parse(json)).isEqualTo(d);
    assertThat(DatasetFiles.toJson(d)).as("the same dataset gives the same bytes").isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largerSeeds")
  void aLargerDatasetDocumentReadsBackEqual(long seed) {
    Dataset d = dataset(seed, Scale.small());
    assertThat(DatasetFiles.parse(DatasetFiles.toJson(d))).isEqualTo(d);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCsvLogReadsBackEqual(long seed) {
    List<Activity> activities = dataset(seed, Scale.tiny()).activities();
    StringWriter out = new StringWriter();
    ActivityLogs.write(activities, out, LogFormat.CSV);
    assertThat(ActivityLogs.parse(out.toString(), LogFormat.CSV, "log.csv")).isEqualTo(activities);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aJsonLinesLogReadsBackEqual(long seed) {
    List<Activity> activities = dataset(seed, Scale.tiny()).activities();
    StringWriter out = new StringWriter();
    ActivityLogs.write(activities, out, LogFormat.JSON_LINES);
    assertThat(out.toString().lines().count()).isEqualTo(activities.size());
    assertThat(ActivityLogs.parse(out.toString(), LogFormat.JSON_LINES, "log.jsonl"))
        .isEqualTo(activities);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aScoreFileReadsBackEqual(long seed) {
    Dataset d = dataset(seed, Scale.tiny());
    StringWriter out = new StringWriter();
    ScoreFiles.write(d.scores(), out);
    assertThat(ScoreFiles.parse(out.toString(), "scores.csv")).isEqualTo(d.scores());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDatasetSplitIntoFilesReadsBackEqual(long seed, @TempDir Path dir) throws Exception {
    Dataset d = dataset(seed, Scale.tiny());
    int half = d.activities().size() / 2;
    Path json = dir.resolve("dataset.json");
    Path csv = dir.resolve("first.csv");
    Path jsonl = dir.resolve("second.jsonl");
    Path scores = dir.resolve("scores.csv");
    DatasetFiles.write(Dataset.builder().copyFrom(d).activities(List.of()).scores(List.of()).build(), json);
    ActivityLogs.write(d.activities().subList(0, half), csv);
    ActivityLogs.write(d.activities().subList(half, d.activities().size()), jsonl);
    ScoreFiles.write(d.scores(), scores);
    assertThat(DatasetFiles.read(json, List.of(csv, jsonl), List.of(scores))).isEqualTo(d);
    assertThat(Files.readString(csv)).startsWith("\uFEFFid,date,kind,credited,");
  }
}
