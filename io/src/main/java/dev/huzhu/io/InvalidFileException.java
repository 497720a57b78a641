package dev.huzhu.io;

import dev.huzhu.core.validation.Problem;
import java.util.List;

/**
 * Thrown when input files are not valid: every problem found, each with its file, line and column
 * where known, the path of the element and what is wrong. The problems of reading come first
 * ({@link IoProblemCode}); the rules of the values read (a dataset's references, a policy's
 * points) are checked only once the files read cleanly, and are reported the same way.
 */
public final class InvalidFileException extends FileException {
  private static final long serialVersionUID = 1L;

  public InvalidFileException(String summary, List<Problem> problems) {
    super(summary, problems);
  }
}
