package dev.huzhu.core.community;

/** How a community's alliance came about (结盟). */
public enum Formation {
  /** 政命结盟: set up by the education authority under a {@link Programme}. */
  POLICY_ASSIGNED,
  /** 民间结盟: the schools chose each other. */
  VOLUNTARY
}
