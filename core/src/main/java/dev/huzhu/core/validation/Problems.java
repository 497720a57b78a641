package dev.huzhu.core.validation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import java.util.Optional;

/** Collects the problems of one validation run, and answers the reference questions rules share. */
final class Problems {
  private final ImmutableList.Builder<Problem> found = ImmutableList.builder();
  final Dataset dataset;

  Problems(Dataset dataset) {
    this.dataset = dataset;
  }

  void add(ProblemCode code, String path, String message) {
    found.add(Problem.of(code, path, message));
  }

  ImmutableList<Problem> build() {
    return found.build();
  }

  /** Reports an unknown school and answers whether it is known. */
  boolean school(String path, String id, String what) {
    return known(dataset.school(id), path, id, what, "school");
  }

  /** Reports an unknown person and answers whether it is known. */
  boolean person(String path, String id, String what) {
    return known(dataset.person(id), path, id, what, "person");
  }

  private boolean known(Optional<?> found, String path, String id, String what, String kind) {
    if (found.isEmpty()) {
      add(CoreProblemCode.UNKNOWN_REFERENCE, path, what + " names " + kind + " " + id
          + ", which is not in the dataset");
    }
    return found.isPresent();
  }

  /** {@code teams[3]}. */
  static String at(String collection, int index) {
    return collection + "[" + index + "]";
  }
}
