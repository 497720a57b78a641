package dev.huzhu.evaluation.policy;

/** What a person in several assessed subjects receives from bundling. */
public enum MultipleGroups {
  /** The largest of their bundled points. The default. */
  MAX,
  /** The sum of their bundled points. */
  SUM
}
