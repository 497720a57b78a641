package dev.huzhu.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.team.ImmutableTeam;
import java.util.HashSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reordering every list of a dataset keeps its values and its validity. */
class ReorderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aShuffledDatasetIsValidAndHoldsTheSameRecords(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.of(2, 3, 300)).dataset();

    Dataset shuffled = Reorder.shuffle(OrderDoesNotMatter.SHUFFLE_SEED).of(d);

    assertThat(shuffled.validate()).as("seed %d", seed).isEmpty();
    assertThat(shuffled.activities()).as("seed %d", seed).isNotEqualTo(d.activities());
    assertThat(new HashSet<>(shuffled.scores())).as("seed %d", seed).isEqualTo(new HashSet<>(d.scores()));
    assertThat(shuffled.activities()).as("seed %d", seed).hasSameSizeAs(d.activities());
    // the same seed, the same shuffle: shrinking re-checks the same thing
    assertThat(Reorder.shuffle(OrderDoesNotMatter.SHUFFLE_SEED).of(d)).isEqualTo(shuffled);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reversingTwiceGivesTheDatasetBack(long seed) {
    Dataset d = SyntheticDatasets.generate(seed, Scale.of(2, 3, 300)).dataset();

    Dataset reversed = Reorder.reverse().of(d);

    assertThat(reversed.validate()).as("seed %d", seed).isEmpty();
    assertThat(reversed.teams().get(0)).isEqualTo(
        ImmutableTeam.copyOf(d.teams().get(d.teams().size() - 1))
            .withMembers(d.teams().get(d.teams().size() - 1).members().reverse()));
    assertThat(Reorder.reverse().of(reversed)).as("seed %d", seed).isEqualTo(d);
  }
}
