package dev.huzhu.core.synthetic;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded generator of valid datasets that tests, examples and benchmarks share.
 *
 * <p>{@code SyntheticDatasets.generate(42, Scale.small())} gives the same dataset for the same
 * seed and scale, on any machine. Each community has an urban core school (核心学校) and two to
 * four township and village members, some run by a 中心小学; teachers for grades 1–6 in 语文 and
 * 数学 (and 英语 from grade 3); every kind of team, with a 学科中心教研组 per grade and subject
 * (some with a deputy for two merged schools); 交流教师 for the fall term and a principal
 * 跟岗学习; 手拉手 pupil and family pairings; score records with both phases except about one
 * unit in ten. Party pairings (双结对) come one to three unit branches to a village, about half of
 * them professional matches, some with a resident cadre and a cadre exchange. The activity log
 * covers the 2012–2013 school year, every kind of activity, skewed so that a few groups are
 * very active and many quiet, and is generated as a stream of any length.
 *
 * <p>Every generated dataset is valid: a property test checks it over many seeds.
 */
public final class SyntheticDatasets {
  private SyntheticDatasets() {}

  /** The dataset for a seed and scale. */
  public static SyntheticDataset generate(long seed, Scale scale) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableDataset.Builder data = ImmutableDataset.builder();
    List<GroupProfile> groups = new ArrayList<>();
    StructureGenerator structure = new StructureGenerator(random, data, groups);
    for (int c = 1; c <= scale.communities(); c++) {
      structure.community(c);
    }
    new PartyGenerator(random, data, groups).generate(scale.partyPairings());
    ImmutableDataset built = data.build();
    ImmutableDataset.Builder withScores = ImmutableDataset.builder().copyFrom(built);
    ScoreGenerator scores = new ScoreGenerator(random, withScores);
    for (Community c : built.communities()) {
      scores.schools(c.schools().asList());
    }
    return new SyntheticDataset(seed, scale, withScores.build(), ImmutableList.copyOf(groups));
  }
}
