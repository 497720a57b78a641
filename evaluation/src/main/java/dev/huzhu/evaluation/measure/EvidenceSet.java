package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import java.util.TreeSet;

/**
 * Collects evidence ids while the log is read: counts every record and keeps the {@code limit}
 * smallest ids. Keeping the smallest (not the first seen) makes the result the same whatever the
 * order of the log and however it was split. Not thread-safe: one per accumulator.
 */
final class EvidenceSet {
  private final int limit;
  private final TreeSet<String> ids = new TreeSet<>();
  /** The largest id kept ({@code ids.last()}), held apart: nearly every id is compared with it. */
  private String largest;
  private long count;

  EvidenceSet(int limit) {
    this.limit = limit;
  }

  void add(String id) {
    count++;
    keep(id);
  }

  private void keep(String id) {
    if (limit == 0) {
      return;
    }
    if (ids.size() < limit) {
      if (ids.add(id) && (largest == null || id.compareTo(largest) > 0)) {
        largest = id;
      }
    } else if (id.compareTo(largest) < 0 && ids.add(id)) {
      ids.pollLast();
      largest = ids.last();
    }
  }

  void merge(EvidenceSet other) {
    count += other.count;
    other.ids.forEach(this::keep);
  }

  Evidence build() {
    return Evidence.of(ImmutableList.copyOf(ids), count);
  }
}
