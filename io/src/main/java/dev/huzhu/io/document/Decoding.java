package dev.huzhu.io.document;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.validation.ProblemCode;
import dev.huzhu.core.validation.SourceLocation;
import dev.huzhu.io.InvalidFileException;
import dev.huzhu.io.IoProblemCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one input: each with the file, line and column and the path of
 * the element. Reading goes on after a problem so that a file's problems are reported together;
 * after {@code maxProblems} it stops, with a last problem that says so. Part of the API for reading
 * documents of one's own with huzhu's strictness; one per input, not thread-safe.
 */
public final class Decoding {
  private final String file;
  private final int maxProblems;
  private final List<Problem> problems = new ArrayList<>();
  private int lineOffset;

  public Decoding(String file, int maxProblems) {
    this.file = file;
    this.maxProblems = maxProblems;
  }

  /** The file's name as problems print it. */
  public String file() {
    return file;
  }

  /**
   * Lines of the problems added from now on are counted from {@code offset + 1}: a JSON Lines
   * record is parsed on its own, as line 1, and is line {@code offset + 1} of its file.
   */
  public void lineOffset(int offset) {
    this.lineOffset = offset;
  }

  /** A problem at a line and column (0 when unknown) and a path. */
  public void add(ProblemCode code, String path, int line, int column, String message) {
    Problem p = Problem.of(code, path, message);
    if (line > 0) {
      p = p.at(SourceLocation.of(file, line + lineOffset, Math.max(column, 1)));
    }
    if (problems.size() >= maxProblems) {
      problems.add(Problem.of(IoProblemCode.TOO_MANY_PROBLEMS, "", "reading stopped after "
          + maxProblems + " problems; fix these and read again to see the rest")
          .at(p.location().orElse(SourceLocation.of(file, 1, 1))));
      throw new StopReading();
    }
    problems.add(p);
  }

  /** A problem at an element of a document. */
  public void add(ProblemCode code, TreePath path, Node at, String message) {
    add(code, path.toString(), at.line(), at.column(), message);
  }

  /** A problem found by the rules of a value, placed at a location of the file. */
  public void add(Problem problem, int line, int column) {
    add(problem.code(), problem.path(), line, column, problem.message());
  }

  /**
   * Adds problems found by another pass over the same input, as they are; that pass kept to the
   * same limit, so they are not counted again.
   */
  public void addAll(List<Problem> found) {
    problems.addAll(found);
  }

  /** How many problems so far: a decoder compares counts to see whether an element read cleanly. */
  public int count() {
    return problems.size();
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Throws every problem found, if any, as one exception. */
  public void throwIfAny(String what) {
    if (!problems.isEmpty()) {
      throw new InvalidFileException(what + " " + file + " is not valid", problems);
    }
  }

  /**
   * Thrown by {@link #add} once the problem limit is passed; whoever started reading catches it
   * and reports the problems found. A reader may throw one itself after a problem that makes the
   * rest of the input meaningless (a document nested deeper than the limit).
   */
  public static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Reading stops; the problems recorded so far are what was found. */
    public StopReading() {
      super("too many problems", null, false, false);
    }
  }
}
