package dev.huzhu.core.pairing;

import java.util.Optional;

/** The category of a county unit's department, which decides what village it suits best. */
public enum DepartmentCategory {
  /** 党群部门 — suits a 软村. */
  PARTY_AND_MASS(VillageType.WEAK),
  /** 政法部门 — suits a 乱村. */
  POLITICAL_LEGAL(VillageType.DISORDERLY),
  /** 经济部门 — suits a 穷村. */
  ECONOMIC(VillageType.POOR),
  /** 涉农部门 — suits a 专业村. */
  AGRICULTURAL(VillageType.SPECIALIZED),
  /** Any other department: no professional match. */
  OTHER(null);

  private final VillageType suited;

  DepartmentCategory(VillageType suited) {
    this.suited = suited;
  }

  /** The village type this category is meant to help (专业对口), if any. */
  public Optional<VillageType> suitedVillage() {
    return Optional.ofNullable(suited);
  }

  /** Whether helping a village of that type is a professional match (专业对口). */
  public boolean suits(VillageType type) {
    return suited == type;
  }
}
