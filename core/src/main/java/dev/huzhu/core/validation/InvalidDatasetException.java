package dev.huzhu.core.validation;

import dev.huzhu.core.HuzhuException;
import java.util.List;

/** Thrown when a dataset that must be valid is not; it carries every problem found. */
public final class InvalidDatasetException extends HuzhuException {
  private static final long serialVersionUID = 1L;

  public InvalidDatasetException(List<Problem> problems) {
    super("the dataset is invalid", problems);
  }
}
