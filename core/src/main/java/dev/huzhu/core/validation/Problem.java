package dev.huzhu.core.validation;

import dev.huzhu.core.HuzhuStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with an input: a stable {@link ProblemCode}, the path of the offending element
 * ({@code teams[3].members[1].person}; empty for the input as a whole), a message a person can act
 * on that names the offending values, and, for problems found in a file, where in it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@HuzhuStyle
public abstract class Problem {
  public abstract ProblemCode code();

  /** The path of the offending element, in the dataset's own field names. */
  public abstract String path();

  public abstract String message();

  /** The file, line and column, when the problem was found in a file. */
  public abstract Optional<SourceLocation> location();

  /** A problem at a path, without a file location. */
  public static Problem of(ProblemCode code, String path, String message) {
    return ImmutableProblem.builder().code(code).path(path).message(message).build();
  }

  /** This problem with its path prefixed by {@code parent} ({@code teams[3]} + {@code .grade}). */
  public Problem under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    String joined = path().isEmpty() ? parent
        : path().startsWith("[") ? parent + path() : parent + "." + path();
    return ImmutableProblem.copyOf(this).withPath(joined);
  }

  /** This problem at a place in a file. */
  public Problem at(SourceLocation location) {
    return ImmutableProblem.copyOf(this).withLocation(location);
  }

  /** {@code [file:line:column] CODE at path: message}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    location().ifPresent(l -> s.append(l).append(' '));
    s.append(code().name());
    if (!path().isEmpty()) {
      s.append(" at ").append(path());
    }
    return s.append(": ").append(message()).toString();
  }
}
