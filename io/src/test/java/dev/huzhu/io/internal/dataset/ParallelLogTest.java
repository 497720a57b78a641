package dev.huzhu.io.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.ActivityLogs;
import dev.huzhu.io.InvalidFileException;
import dev.huzhu.io.LogFormat;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Decoding;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A log decoded on several threads gives what reading it in order gives: the same records in the
 * same order for a good log, the same problems (every one, in file order) for a bad one — however
 * the text is cut into chunks. Chunks here are tiny (tens of characters), so that cuts fall
 * everywhere: inside quoted cells holding line ends, between a {@code \r} and its {@code \n}, in
 * the middle of a malformed row.
 */
class ParallelLogTest {
  private static final int[] CHUNKS = {16, 61, 200, 4096};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** The outcome of a reading: its records, or the problems it threw. */
  private record Outcome(List<Activity> activities, List<Problem> problems) {}

  private static Outcome inOrder(String text, LogFormat format,
      Function<Activity, List<Problem>> check) {
    Decoding problems = new Decoding("log", ReadLimits.defaults().maxProblems());
    List<Activity> good = new ArrayList<>();
    try (LogSource source = LogSource.open(new StringReader(text), format, problems,
        ReadLimits.defaults())) {
      for (Optional<Activity> a = source.next(); a.isPresent(); a = source.next()) {
        List<Problem> found = check.apply(a.get());
        if (found.isEmpty()) {
          good.add(a.get());
        } else {
          found.forEach(source::report);
        }
      }
    } catch (Decoding.StopReading e) {
      // the problems so far
    }
    return problems.hasProblems() ? new Outcome(List.of(), problems.problems())
        : new Outcome(good, List.of());
  }

  private static Outcome onThreads(String text, LogFormat format, int threads, int chunk,
      Function<Activity, List<Problem>> check) {
    Runnable sequential = () -> {
      Outcome o = inOrder(text, format, check);
      if (!o.problems().isEmpty()) {
        throw new InvalidFileException("the activity log log is not valid", o.problems());
      }
    };
    List<Activity> read = new ArrayList<>();
    try (ParallelLog log = new ParallelLog(() -> new StringReader(text), format, "log",
        ReadLimits.defaults(), threads, check, sequential, chunk)) {
      for (Iterator<Activity> all = log.activities(); all.hasNext(); ) {
        read.add(all.next());
      }
    } catch (InvalidFileException e) {
      return new Outcome(List.of(), e.problems());
    }
    return new Outcome(read, List.of());
  }

  private static String write(List<Activity> activities, LogFormat format) {
    StringWriter out = new StringWriter();
    ActivityLogs.write(activities, out, format);
    return out.toString();
  }

  /** The generated log with places that need quoting: commas, quotes, line ends, a lone CR. */
  private static List<Activity> awkward(Dataset d, Random random) {
    String[] places = {"实验小学, 三楼", "\"名师\"工作室", "石桥子\n小学", "a\r\nb", "line\"\n\"", "x\ry"};
    List<Activity> out = new ArrayList<>();
    for (Activity a : d.activities()) {
      out.add(random.nextInt(3) == 0
          ? ImmutableActivity.copyOf(a).withPlace(places[random.nextInt(places.length)]) : a);
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGoodLogGivesTheSameRecordsInTheSameOrder(long seed) {
    Random random = new Random(seed);
    Dataset d = SyntheticDatasets.generate(seed, Scale.tiny()).dataset();
    List<Activity> activities = awkward(d, random);
    for (LogFormat format : LogFormat.values()) {
      String text = write(activities, format);
      for (int chunk : CHUNKS) {
        Outcome parallel = onThreads(text, format, 1 + random.nextInt(3), chunk, a -> List.of());
        assertThat(parallel.problems()).as("seed %d, %s, chunks of %d", seed, format, chunk).isEmpty();
        assertThat(parallel.activities()).as("seed %d, %s, chunks of %d", seed, format, chunk)
            .isEqualTo(activities);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedLogGivesTheProblemsOfReadingItInOrder(long seed) {
    Random random = new Random(seed);
    Dataset d = SyntheticDatasets.generate(seed, Scale.tiny()).dataset();
    Dataset structure = Dataset.builder().copyFrom(d).activities(List.of()).build();
    Function<Activity, List<Problem>> check = a -> DatasetValidator.validateLogRecord(structure, a);
    for (LogFormat format : LogFormat.values()) {
      String good = write(awkward(d, random), format);
      for (int round = 0; round < 6; round++) {
        String text = damage(good, random);
        Outcome expected = inOrder(text, format, check);
        for (int chunk : CHUNKS) {
          assertThat(onThreads(text, format, 2, chunk, check))
              .as("seed %d round %d, %s, chunks of %d", seed, round, format, chunk)
              .isEqualTo(expected);
        }
      }
    }
  }

  /** One to three edits: a quote, a comma, a line end or a character of another id put in, or a character taken out. */
  private static String damage(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(6)) {
        case 0, 1 -> s.insert(at, '"');
        case 2 -> s.insert(at, ',');
        case 3 -> s.insert(at, '\n');
        case 4 -> s.insert(at, 'Z');
        default -> s.deleteCharAt(at);
      }
    }
    return s.toString();
  }

  @Test
  void aLogWithAHeaderAndNoRowsReadsAsEmpty() {
    String text = "id,date,kind,credited\n";
    assertThat(onThreads(text, LogFormat.CSV, 2, 16, a -> List.of()))
        .isEqualTo(new Outcome(List.of(), List.of()));
  }

  @Test
  void aHeaderWithoutALineEndIsStillRead() {
    assertThat(onThreads("id,date,kind,credited", LogFormat.CSV, 2, 16, a -> List.of()))
        .isEqualTo(new Outcome(List.of(), List.of()));
  }

  @Test
  void anEmptyFileIsTheProblemReadingInOrderReports() {
    Outcome o = onThreads("", LogFormat.CSV, 2, 16, a -> List.of());
    assertThat(o.activities()).isEmpty();
    assertThat(o.problems()).singleElement().satisfies(p -> {
      assertThat(p.code().name()).isEqualTo("BAD_HEADER");
      assertThat(p.message()).contains("the file is empty");
    });
  }

  @Test
  void aBadHeaderWithNoRowsIsReported() {
    Outcome o = onThreads("id,date,kind\n", LogFormat.CSV, 2, 16, a -> List.of());
    assertThat(o.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("the header lacks the required column \"credited\""));
  }

  @Test
  void aQuoteThatNeverClosesIsReportedAtItsCell() {
    // line 3 opens a quote in the place column that runs to the end of the text: the cutter finds
    // no line end outside quotes after it, so the last chunk is the rest of the text
    String text = "id,date,kind,credited,place\n"
        + "a-1,2012-09-10,SENT_LESSON,g-1,\n"
        + "a-2,2012-09-11,SENT_LESSON,g-1,\"open\n"
        + "a-3,2012-09-12,SENT_LESSON,g-1,\n";
    Outcome o = onThreads(text, LogFormat.CSV, 2, 16, a -> List.of());
    assertThat(o.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("a quoted cell that never closes");
      assertThat(p.location().orElseThrow().line()).isEqualTo(3);
      assertThat(p.location().orElseThrow().column()).isEqualTo(32);
    });
  }
}
