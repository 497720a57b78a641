package dev.huzhu.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.team.ImmutableTeam;
import dev.huzhu.core.team.Team;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing and reading back any report gives an equal report, and one report always gives the
 * same bytes (docs/files.md#writing-and-round-trips), over reports of generated datasets under the built-in policies.
 */
class ReportRoundTripTest {
  static final List<Policy> POLICIES = List.of(BuiltInPolicies.zhuchengBundled(),
      BuiltInPolicies.exchangeTeacher(), BuiltInPolicies.doublePairing(),
      BuiltInPolicies.qualityFormula(), BuiltInPolicies.communityBalance());

  private static final Map<Long, Dataset> CACHE = new HashMap<>();

  static synchronized Dataset dataset(long seed) {
    // dense enough that most groups have activity, so values, missing values and vetoes all occur
    return CACHE.computeIfAbsent(seed, s -> SyntheticDatasets.generate(s, Scale.of(2, 6, 3000)).dataset());
  }

  static Stream<Arguments> seedsAndPolicies() {
    return LongStream.rangeClosed(1, 8).boxed()
        .flatMap(seed -> POLICIES.stream().map(p -> Arguments.of(seed, p.id())));
  }

  static Policy policy(String id) {
    return POLICIES.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  static Report report(long seed, String policyId) {
    return Assessment.of(policy(policyId)).run(dataset(seed));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void jsonReadsBackAsAnEqualReport(long seed, String policyId) {
    Report report = report(seed, policyId);
    assertThat(report.subjects()).as("seed %d: the property needs subjects", seed).isNotEmpty();
    assertThat(ReportFiles.parseJson(ReportFiles.toJson(report))).as("seed %d", seed).isEqualTo(report);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void boundedRecordListsReadBack(long seed, String policyId) {
    // two ids of many: the count and the ids listed differ, and both must survive
    Report report = Assessment.of(policy(policyId)).withEvidenceLimit(2).run(dataset(seed));
    assertThat(ReportFiles.parseJson(ReportFiles.toJson(report))).as("seed %d", seed).isEqualTo(report);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void aRedactedReportReadsBackToo(long seed, String policyId) {
    Report redacted = ReportFiles.redact(report(seed, policyId));
    assertThat(ReportFiles.parseJson(ReportFiles.toJson(redacted))).as("seed %d", seed).isEqualTo(redacted);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void writingTwiceGivesTheSameBytes(long seed, String policyId) {
    Report report = report(seed, policyId);
    assertThat(ReportFiles.toJson(report)).isEqualTo(ReportFiles.toJson(report));
    assertThat(csv(report, ReportFiles::writeSubjectsCsv)).isEqualTo(csv(report, ReportFiles::writeSubjectsCsv));
    assertThat(csv(report, ReportFiles::writePeopleCsv)).isEqualTo(csv(report, ReportFiles::writePeopleCsv));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void theOrderOfTheInputDoesNotReachTheFiles(long seed, String policyId) {
    Report report = report(seed, policyId);
    Report shuffled = Assessment.of(policy(policyId)).run(shuffled(dataset(seed), new Random(seed)));
    assertThat(ReportFiles.toJson(shuffled)).as("seed %d", seed).isEqualTo(ReportFiles.toJson(report));
    assertThat(csv(shuffled, ReportFiles::writeSubjectsCsv)).isEqualTo(csv(report, ReportFiles::writeSubjectsCsv));
    assertThat(csv(shuffled, ReportFiles::writePeopleCsv)).isEqualTo(csv(report, ReportFiles::writePeopleCsv));
    assertThat(ReportFiles.toText(shuffled)).isEqualTo(ReportFiles.toText(report));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void everySubjectRowHasEveryColumn(long seed, String policyId) {
    Report report = report(seed, policyId);
    List<String> lines = csv(report, ReportFiles::writeSubjectsCsv).lines().toList();
    assertThat(lines).hasSize(report.subjects().size() + 1);
    // labels hold no comma or quote, so counting commas counts cells
    long columns = lines.get(0).chars().filter(c -> c == ',').count();
    lines.forEach(l -> assertThat(l.chars().filter(c -> c == ',').count()).as(l).isEqualTo(columns));
  }

  static String csv(Report report, BiConsumer<Report, StringWriter> write) {
    StringWriter out = new StringWriter();
    write.accept(report, out);
    return out.toString();
  }

  /** The dataset with every list the assessment reads, and every team's members, reordered. */
  static Dataset shuffled(Dataset dataset, Random random) {
    List<Team> teams = new ArrayList<>();
    for (Team t : dataset.teams()) {
      teams.add(ImmutableTeam.copyOf(t).withMembers(shuffle(t.members(), random)));
    }
    return ImmutableDataset.copyOf(dataset)
        .withSchools(shuffle(dataset.schools(), random))
        .withPeople(shuffle(dataset.people(), random))
        .withCommunities(shuffle(dataset.communities(), random))
        .withTeams(shuffle(teams, random))
        .withExchanges(shuffle(dataset.exchanges(), random))
        .withPartyBranches(shuffle(dataset.partyBranches(), random))
        .withPartyPairings(shuffle(dataset.partyPairings(), random))
        .withActivities(shuffle(dataset.activities(), random))
        .withScores(shuffle(dataset.scores(), random));
  }

  static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }
}
