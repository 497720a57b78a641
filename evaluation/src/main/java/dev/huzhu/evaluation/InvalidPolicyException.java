package dev.huzhu.evaluation;

import dev.huzhu.core.validation.Problem;
import java.util.List;

/** Thrown when an invalid policy is used; it carries every problem of the policy. */
public final class InvalidPolicyException extends AssessmentException {
  private static final long serialVersionUID = 1L;

  public InvalidPolicyException(String policyId, List<Problem> problems) {
    super("policy " + policyId + " is invalid", problems);
  }
}
