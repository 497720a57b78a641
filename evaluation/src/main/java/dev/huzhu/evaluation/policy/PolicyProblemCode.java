package dev.huzhu.evaluation.policy;

import dev.huzhu.core.validation.ProblemCode;

/**
 * The problems {@link PolicyValidator} finds in a policy, alone or against the dataset it is to
 * assess ({@link #UNKNOWN_COMMUNITY}). The identifiers are stable.
 */
public enum PolicyProblemCode implements ProblemCode {
  /** An id that is empty or contains white space. */
  INVALID_ID,
  /** Two sections, metrics, adjustments, vetoes, awards or bands share an id or grade. */
  DUPLICATE_ID,
  /** A period whose {@code from} is after its {@code to}. */
  INVERTED_PERIOD,
  /** A policy that selects no subjects. */
  NO_SUBJECTS,
  /** {@code subjects.within} together with party pairings, which belong to no community. */
  WITHIN_NOT_APPLICABLE,
  /** A community in {@code subjects.within} that the assessed dataset does not hold. */
  UNKNOWN_COMMUNITY,
  /** A policy without sections. */
  NO_SECTIONS,
  /** Points (of a section or metric) that are not positive. */
  NON_POSITIVE_POINTS,
  /** A section whose metrics' points do not add up to exactly its points. */
  SECTION_POINTS_MISMATCH,
  /** A linear scoring whose target is not positive. */
  NON_POSITIVE_TARGET,
  /** A tiers scoring with no tiers. */
  EMPTY_TIERS,
  /** {@code atLeast} tiers not listed from the highest threshold down, strictly. */
  TIERS_NOT_DESCENDING,
  /** {@code atMost} tiers not listed from the lowest threshold up, strictly. */
  TIERS_NOT_ASCENDING,
  /** A tier that states both or neither of {@code atLeast} and {@code atMost}. */
  INVALID_TIER_BOUND,
  /** Tiers of one scoring that mix {@code atLeast} and {@code atMost}. */
  MIXED_TIER_BOUNDS,
  /** A range scoring whose {@code zeroAt} equals its {@code fullAt}. */
  EMPTY_RANGE,
  /** A veto that states both or neither of {@code atLeast} and {@code atMost}. */
  INVALID_VETO_BOUND,
  /** A tier worth more than its metric's points, or less than 0. */
  TIER_OUT_OF_RANGE,
  /** A measure that cannot apply to the subjects the policy selects. */
  MEASURE_NOT_APPLICABLE,
  /** A negative number where only 0 or more makes sense (points each, cap, coefficient, days). */
  NEGATIVE_NUMBER,
  /** Grading without bands. */
  NO_BANDS,
  /** Bands whose minimum totals do not strictly descend. */
  BANDS_NOT_DESCENDING,
  /** The last band's minimum total is not 0, or it has a quota. */
  INVALID_LAST_BAND,
  /** A quota outside (0, 1]. */
  QUOTA_OUT_OF_RANGE,
  /** An award naming a grade that no band has. */
  UNKNOWN_GRADE,
  /** An award's top that is not positive. */
  INVALID_TOP,
  /** An individual criterion on an award of subjects, or with a measure that does not read the log. */
  INVALID_INDIVIDUAL_CRITERION
}
