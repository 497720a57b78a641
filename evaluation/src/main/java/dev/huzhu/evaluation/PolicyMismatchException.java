package dev.huzhu.evaluation;

import dev.huzhu.core.validation.Problem;
import java.util.List;

/**
 * Thrown when a valid policy is applied to a dataset that does not hold what the policy names: a
 * community of {@code subjects.within} the dataset lacks would otherwise leave its subjects out
 * without a word. It carries every such problem ({@code UNKNOWN_COMMUNITY} at
 * {@code subjects.within[i]}).
 */
public final class PolicyMismatchException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  public PolicyMismatchException(String policyId, List<Problem> problems) {
    super("policy " + policyId + " names what the dataset does not hold", problems);
  }
}
