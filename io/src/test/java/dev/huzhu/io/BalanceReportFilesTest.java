package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports of communities under a balance policy (src/test/resources/policies/community-gap.yaml)
 * on generated data: shuffled input gives byte-identical JSON, the kind is in the JSON, CSV and
 * text, and activities credited to schools and communities survive a dataset file unchanged.
 */
class BalanceReportFilesTest {
  private static final Policy POLICY = PolicyFiles.read(
      Path.of("src", "test", "resources", "policies", "community-gap.yaml"));

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L);
  }

  /** A generated dataset with an activity credited to each community and to its core school. */
  private static Dataset dataset(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.of(2, 2, 800)).dataset();
    List<Activity> log = new ArrayList<>(d.activities());
    for (Community c : d.communities()) {
      log.add(Activity.builder().id("a-credit-" + c.id()).date(LocalDate.of(2012, 10, 10))
          .kind(ActivityKind.TEACHING_RESEARCH).addCredited(c.id(), c.core()).host(c.core()).build());
    }
    return ImmutableDataset.copyOf(d).withActivities(log);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shuffledInputGivesByteIdenticalJson(long seed) {
    Dataset d = dataset(seed);
    Random r = new Random(seed);
    Dataset shuffled = ImmutableDataset.builder()
        .schools(shuffle(d.schools(), r)).people(shuffle(d.people(), r))
        .communities(shuffle(d.communities(), r)).teams(shuffle(d.teams(), r))
        .exchanges(shuffle(d.exchanges(), r)).studentPairings(shuffle(d.studentPairings(), r))
        .partyBranches(shuffle(d.partyBranches(), r)).partyPairings(shuffle(d.partyPairings(), r))
        .activities(shuffle(d.activities(), r)).scores(shuffle(d.scores(), r)).build();
    Assessment a = Assessment.of(POLICY);
    String json = ReportFiles.toJson(a.run(d));
    assertThat(ReportFiles.toJson(a.run(shuffled))).as("seed " + seed).isEqualTo(json);
    assertThat(ReportFiles.toJson(a.runParallel(shuffled))).as("seed " + seed).isEqualTo(json);
    assertThat(json).as("seed " + seed).contains("\"kind\": \"COMMUNITY\"");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theKindIsInEveryFormAndTheReportReadsBack(long seed) {
    Report report = Assessment.of(POLICY).run(dataset(seed));
    assertThat(ReportFiles.parseJson(ReportFiles.toJson(report))).as("seed " + seed)
        .isEqualTo(report);
    StringWriter csv = new StringWriter();
    ReportFiles.writeSubjectsCsv(report, csv);
    assertThat(csv.toString()).as("seed " + seed).contains(",COMMUNITY,");
    assertThat(ReportFiles.toText(report)).as("seed " + seed).contains("  COMMUNITY  ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void creditsToSchoolsAndCommunitiesSurviveADatasetFile(long seed) {
    Dataset d = dataset(seed);
    Dataset read = DatasetFiles.parse(DatasetFiles.toJson(d));
    assertThat(read).as("seed " + seed).isEqualTo(d);
    assertThat(read.activity("a-credit-" + d.communities().get(0).id()).orElseThrow().credited())
        .containsExactly(d.communities().get(0).id(), d.communities().get(0).core());
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
