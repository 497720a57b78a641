package dev.huzhu.core.synthetic;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generated dataset: its structure (everything but the activity log) held in memory, and the
 * activity log as a stream that can be replayed, identical each time, without ever holding it
 * whole. Immutable and thread-safe; each call to {@link #activities()} starts a new stream.
 */
public final class SyntheticDataset {
  private final long seed;
  private final Scale scale;
  private final Dataset structure;
  private final ImmutableList<GroupProfile> groups;

  SyntheticDataset(long seed, Scale scale, Dataset structure, ImmutableList<GroupProfile> groups) {
    this.seed = seed;
    this.scale = scale;
    this.structure = structure;
    this.groups = groups;
  }

  /** The seed it was generated from. */
  public long seed() {
    return seed;
  }

  public Scale scale() {
    return scale;
  }

  /** Schools, people, communities, teams, exchanges, pairings and score records; no activities. */
  public Dataset structure() {
    return structure;
  }

  /** The activity log, generated as it is read: {@code scale().activities()} records. */
  public Stream<Activity> activities() {
    ActivityGenerator generator = new ActivityGenerator(seed * 0x9E3779B97F4A7C15L + 1, scale.activities(), groups);
    return StreamSupport.stream(Spliterators.spliterator(generator, scale.activities(),
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  /** The structure with the whole activity log in memory: for small and medium scales. */
  public Dataset dataset() {
    ImmutableDataset.Builder all = ImmutableDataset.builder().copyFrom(structure);
    activities().forEach(all::addActivities);
    return all.build();
  }

  @Override
  public String toString() {
    return "SyntheticDataset[seed " + seed + ", " + scale + "]";
  }
}
