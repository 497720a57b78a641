package dev.huzhu.core;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The root of every exception huzhu throws. Unchecked, like {@code java.time}'s
 * {@code DateTimeException}.
 *
 * <p>Each carries the structured problems behind it (a stable code, the path of the offending
 * element and a message) so that a program can act on them, as well as a readable message that
 * lists them all. Each module adds a few subclasses where a caller would catch them differently.
 */
public class HuzhuException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /** An exception for one or more problems; its message lists every one of them. */
  public HuzhuException(String summary, List<Problem> problems) {
    super(message(summary, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** An exception for one problem; its message is the problem's. */
  public HuzhuException(Problem problem) {
    super(problem.toString());
    this.problems = ImmutableList.of(problem);
  }

  /** The problems behind this exception, in the order they were found; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String summary, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem: " + summary);
    }
    return problems.stream()
        .map(p -> "  - " + p)
        .collect(Collectors.joining("\n", summary + " (" + problems.size() + " problem"
            + (problems.size() == 1 ? "" : "s") + "):\n", ""));
  }
}
