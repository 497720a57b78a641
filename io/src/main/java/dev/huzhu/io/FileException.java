package dev.huzhu.io;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import java.util.List;

/** The root of the io module's exceptions: a file could not be read or written. */
public class FileException extends HuzhuException {
  private static final long serialVersionUID = 1L;

  public FileException(String summary, List<Problem> problems) {
    super(summary, problems);
  }
}
