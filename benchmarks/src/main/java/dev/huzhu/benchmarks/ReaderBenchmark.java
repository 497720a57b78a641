package dev.huzhu.benchmarks;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDataset;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.LogStream;
import dev.huzhu.io.ScoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each reader of the io module on files of a generated county (20 communities: a 1.6 MB dataset
 * with 3,443 score records) written once to a temporary folder. The activity logs
 * ({@value #ACTIVITIES} records) score records per second: read whole ({@code ActivityLogs.read},
 * what {@code huzhu assess} does) and streamed, each record checked against the dataset
 * ({@code ActivityLogs.open}, what {@code --stream} does). The dataset and the score file score
 * files per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReaderBenchmark {
  static final int ACTIVITIES = 100_000;

  private Path folder;
  private Dataset structure;

  @Setup
  public void write() throws IOException {
    SyntheticDataset county = SyntheticDatasets.generate(7, Scale.of(20, 30, ACTIVITIES));
    structure = Dataset.builder().copyFrom(county.structure()).activities(List.of()).build();
    folder = Files.createTempDirectory("huzhu-readers");
    DatasetFiles.write(structure, folder.resolve("dataset.json"));
    ScoreFiles.write(structure.scores(), folder.resolve("scores.csv"));
    ActivityLogs.write(() -> county.activities().iterator(), folder.resolve("activities.csv"));
    ActivityLogs.write(() -> county.activities().iterator(), folder.resolve("activities.jsonl"));
  }

  @TearDown
  public void delete() throws IOException {
    try (var files = Files.list(folder)) {
      files.forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    Files.delete(folder);
  }

  @Benchmark
  @OperationsPerInvocation(ACTIVITIES)
  public int activityCsv() {
    return ActivityLogs.read(folder.resolve("activities.csv")).size();
  }

  @Benchmark
  @OperationsPerInvocation(ACTIVITIES)
  public int activityJsonLines() {
    return ActivityLogs.read(folder.resolve("activities.jsonl")).size();
  }

  @Benchmark
  @OperationsPerInvocation(ACTIVITIES)
  public long activityCsvStreamed() {
    try (LogStream log = ActivityLogs.open(folder.resolve("activities.csv"), structure)) {
      return log.activities().count();
    }
  }

  @Benchmark
  public Dataset datasetJson() {
    return DatasetFiles.read(folder.resolve("dataset.json"));
  }

  @Benchmark
  public int scoreCsv() {
    return ScoreFiles.read(folder.resolve("scores.csv")).size();
  }
}
