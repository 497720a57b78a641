package dev.huzhu.core.person;

/** What a person is, in school or in a party branch; a person may hold several. */
public enum PersonRole {
  /** 教师. */
  TEACHER,
  /** 骨干教师. */
  BACKBONE_TEACHER,
  /** 名师. */
  FAMOUS_TEACHER,
  /** 班主任. */
  CLASS_TEACHER,
  /** 中层干部. */
  MIDDLE_MANAGER,
  /** 教导主任. */
  DEAN_OF_STUDIES,
  /** 副校长 (业务校长). */
  VICE_PRINCIPAL,
  /** 校长. */
  PRINCIPAL,
  /** 干部 (county or township cadre). */
  CADRE,
  /** 党员. */
  PARTY_MEMBER,
  /** 学生 — a minor: reports name students by id only. */
  STUDENT,
  /** 家长 — reports name parents by id only. */
  PARENT,
  /** 村民 / 群众. */
  VILLAGER;

  /** Whether reports may print a person of this role by name (students and parents: never). */
  public boolean isNameable() {
    return this != STUDENT && this != PARENT;
  }
}
