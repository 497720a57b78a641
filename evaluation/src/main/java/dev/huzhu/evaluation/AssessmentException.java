package dev.huzhu.evaluation;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import java.util.List;

/** The root of the evaluation module's exceptions. */
public class AssessmentException extends HuzhuException {
  private static final long serialVersionUID = 1L;

  public AssessmentException(String summary, List<Problem> problems) {
    super(summary, problems);
  }
}
