package dev.huzhu.testkit;

import dev.huzhu.core.validation.ProblemCode;

/**
 * The problems of a policy test file beyond those of reading any file ({@code IoProblemCode}):
 * expectations that say nothing, say two things, or name what the policy or dataset lacks. The
 * identifiers are stable; programs may switch on them.
 */
public enum PolicyTestProblemCode implements ProblemCode {
  /** The file lists no expectation. */
  NO_EXPECTATIONS,
  /** Two expectations of one file share a name. */
  DUPLICATE_NAME,
  /** An expectation names no subject, award or person, or more than one of them. */
  NO_TARGET,
  /** An expectation states no claim, or more than one. */
  NO_CLAIM,
  /** A file named by the test (policy, dataset, log, scores) does not exist. */
  NO_SUCH_FILE,
  /** Logs or score files given with a dataset written inline, which holds its records itself. */
  FILES_WITH_INLINE_DATASET,
  /** A subject that is no team, pairing or exchange of the dataset. */
  UNKNOWN_SUBJECT,
  /** A person the dataset does not have. */
  UNKNOWN_PERSON,
  /** A section or metric the policy does not have. */
  UNKNOWN_PART,
  /** An award the policy does not have, or of the other kind (subjects, people). */
  UNKNOWN_AWARD,
  /** A grade none of the policy's bands gives. */
  UNKNOWN_GRADE,
  /** An order of a subject before itself. */
  SAME_SUBJECT
}
