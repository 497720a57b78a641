package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a dataset's collections was read (file, line, column), so that a problem
 * the dataset's validation finds at {@code teams[3].members[1].person} is reported at the line of
 * {@code teams[3]}. Three ints an element: cheap enough for a log of millions.
 */
public final class Locations {
  private final List<String> files = new ArrayList<>();
  private final Map<String, Column> collections = new HashMap<>();

  /** Records where the next element of a collection was read. */
  public void add(String collection, String file, int line, int column) {
    int f = files.indexOf(file);
    if (f < 0) {
      files.add(file);
      f = files.size() - 1;
    }
    collections.computeIfAbsent(collection, c -> new Column()).add(f, line, column);
  }

  /** The location of the element a path starts with ({@code activities[12]...}), if recorded. */
  public Optional<SourceLocation> of(String path) {
    int open = path.indexOf('[');
    int close = path.indexOf(']');
    if (open <= 0 || close < open) {
      return Optional.empty();
    }
    Column c = collections.get(path.substring(0, open));
    if (c == null) {
      return Optional.empty();
    }
    try {
      int i = Integer.parseInt(path.substring(open + 1, close));
      return c.at(i).map(at -> SourceLocation.of(files.get(at[0]), at[1], at[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The problem placed at the location of the element its path names, when known. */
  public Problem place(Problem problem) {
    return problem.location().isPresent() ? problem
        : of(problem.path()).map(problem::at).orElse(problem);
  }

  private static final class Column {
    private int[] values = new int[48];
    private int size;

    void add(int file, int line, int column) {
      if (size * 3 + 3 > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size * 3] = file;
      values[size * 3 + 1] = line;
      values[size * 3 + 2] = column;
      size++;
    }

    Optional<int[]> at(int i) {
      return i < 0 || i >= size ? Optional.empty()
          : Optional.of(new int[] {values[i * 3], values[i * 3 + 1], values[i * 3 + 2]});
    }
  }
}
