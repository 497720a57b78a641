package dev.huzhu.core.team;

/** A member's role in a team. */
public enum TeamRole {
  /** 组长. */
  LEADER,
  /** 副组长: in a research group, the one a member school sends. */
  DEPUTY,
  /** 组员. */
  MEMBER,
  /** 主持人: who presides over a studio or alliance. */
  HOST;

  /** Whether the role leads the team (组长 or 主持人); a team has exactly one. */
  public boolean isLead() {
    return this == LEADER || this == HOST;
  }
}
