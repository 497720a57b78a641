package dev.huzhu.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.PairingMode;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.validation.Problem;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the generator: valid, deterministic, complete and skewed. */
class SyntheticDatasetsTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  static LongStream someSeeds() {
    return LongStream.of(7, 2012, 20130131);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tinyDatasetsValidateClean(long seed) {
    assertValid(SyntheticDatasets.generate(seed, Scale.tiny()).dataset(), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void smallDatasetsValidateClean(long seed) {
    assertValid(SyntheticDatasets.generate(seed, Scale.small()).dataset(), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void mediumDatasetsValidateClean(long seed) {
    assertValid(SyntheticDatasets.generate(seed, Scale.medium()).dataset(), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void aDatasetWithNoActivitiesOrPairingsIsValid(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.of(2, 0, 0)).dataset();
    assertThat(d.activities()).isEmpty();
    assertThat(d.partyPairings()).isEmpty();
    assertValid(d, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void theSameSeedGivesTheSameDataset(long seed) {
    Dataset first = SyntheticDatasets.generate(seed, Scale.small()).dataset();
    Dataset second = SyntheticDatasets.generate(seed, Scale.small()).dataset();
    assertThat(second).as("seed %d", seed).isEqualTo(first);
  }

  @Test
  void differentSeedsGiveDifferentDatasets() {
    assertThat(SyntheticDatasets.generate(1, Scale.small()).dataset())
        .isNotEqualTo(SyntheticDatasets.generate(2, Scale.small()).dataset());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void theActivityStreamReplaysIdenticallyAndHasTheAskedLength(long seed) {
    SyntheticDataset generated = SyntheticDatasets.generate(seed, Scale.small().withActivityCount(1234));
    List<Activity> once = generated.activities().collect(Collectors.toList());
    List<Activity> twice = generated.activities().collect(Collectors.toList());
    assertThat(once).hasSize(1234).isEqualTo(twice);
    assertThat(generated.activities().count()).isEqualTo(1234);
  }

  @Test
  void aLongStreamIsGeneratedLazily() {
    // 50 million records would not fit in a test JVM's heap if they were held; taking the
    // first thousand of such a stream must not generate the rest.
    SyntheticDataset huge = SyntheticDatasets.generate(3, Scale.medium().withActivityCount(50_000_000));
    assertThat(huge.activities().limit(1000).count()).isEqualTo(1000);
    assertThat(huge.activities().spliterator().getExactSizeIfKnown()).isEqualTo(50_000_000);
  }

  @Test
  void aMediumDatasetHasEveryKindOfActivityTeamExchangeAndPairingMode() {
    Dataset d = SyntheticDatasets.generate(11, Scale.medium()).dataset();
    Set<ActivityKind> kinds = d.activities().stream().map(Activity::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityKind.class)));
    assertThat(kinds).containsExactlyInAnyOrder(ActivityKind.values());
    assertThat(d.teams().stream().map(t -> t.kind()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(TeamKind.values());
    assertThat(d.exchanges().stream().map(x -> x.kind()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ExchangeKind.values());
    assertThat(d.partyPairings().stream().map(p -> p.mode().orElseThrow()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PairingMode.values());
    List<PartyPairing> pairings = d.partyPairings();
    assertThat(pairings.stream().filter(d::isProfessionalMatch)).isNotEmpty();
    assertThat(pairings.stream().filter(p -> !d.isProfessionalMatch(p))).isNotEmpty();
    assertThat(d.activities().stream().filter(a -> a.followUpOf().isPresent())).isNotEmpty();
    assertThat(d.teams().stream().flatMap(t -> t.members().stream())
        .filter(m -> !m.represents().isEmpty())).as("merged deputies").isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void activityIsSkewedTowardsAFewGroups(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.medium()).dataset();
    Map<String, Integer> perGroup = new HashMap<>();
    d.activities().forEach(a -> perGroup.merge(a.credited().get(0), 1, Integer::sum));
    int[] counts = perGroup.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    int busiest = counts[counts.length - 1];
    int median = counts[counts.length / 2];
    // Zipf-like weights: the busiest group does far more than a typical one
    assertThat(busiest).as("seed %d: busiest %d, median %d", seed, busiest, median)
        .isGreaterThan(20 * Math.max(1, median));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void someScoreUnitsLackAPhaseAndMostHaveBoth(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.medium()).dataset();
    Map<String, Set<Phase>> phases = new HashMap<>();
    for (ScoreRecord r : d.scores()) {
      phases.computeIfAbsent(r.scoreUnit() + "/" + r.test(), k -> EnumSet.noneOf(Phase.class)).add(r.phase());
    }
    long both = phases.values().stream().filter(p -> p.size() == 2).count();
    long one = phases.size() - both;
    assertThat(one).as("seed %d", seed).isPositive();
    assertThat(both).as("seed %d", seed).isGreaterThan(5 * one);
  }

  @Test
  void datesFallInTheSchoolYear() {
    Dataset d = SyntheticDatasets.generate(5, Scale.small()).dataset();
    assertThat(d.activities()).allSatisfy(a -> assertThat(a.date())
        .isBetween(Curriculum.YEAR_START, Curriculum.YEAR_END.plusDays(60)));
    assertThat(d.activities().stream().filter(a -> a.followUpOf().isEmpty()))
        .allSatisfy(a -> assertThat(a.date())
            .isBetween(Curriculum.YEAR_START, Curriculum.YEAR_END));
    assertThat(d.scores().stream().map(ScoreRecord::scoreUnit).distinct().map(ScoreUnit::school))
        .isNotEmpty();
  }

  static void assertValid(Dataset d, long seed) {
    List<Problem> problems = d.validate();
    assertThat(problems).as("seed %d: %s", seed,
        problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; ")))
        .isEmpty();
  }

}
