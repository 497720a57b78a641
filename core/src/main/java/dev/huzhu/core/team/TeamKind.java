package dev.huzhu.core.team;

/** The kinds of team a community forms (团队互助). */
public enum TeamKind {
  /** 领导小组: the community's steering group, with divided duties. */
  LEADERSHIP_GROUP(false),
  /** 校长工作室: principals' studio, led by a presiding principal (主持人). */
  PRINCIPAL_STUDIO(false),
  /** 学科联盟: subject teachers across schools, hosted by an outstanding teacher. */
  SUBJECT_ALLIANCE(true),
  /** 中层干部互动团队 (e.g. 教导主任互动团队): middle managers across schools. */
  MIDDLE_MANAGEMENT_TEAM(false),
  /** 班主任协同团队: class teachers across schools. */
  CLASS_TEACHER_TEAM(false),
  /** 学科中心教研组 / 互助组: one grade × subject across the community; the unit of 捆绑考核. */
  SUBJECT_RESEARCH_GROUP(true);

  private final boolean schoolSubject;

  TeamKind(boolean schoolSubject) {
    this.schoolSubject = schoolSubject;
  }

  /** Whether teams of this kind are about one school subject (and may carry it and a grade). */
  public boolean hasSchoolSubject() {
    return schoolSubject;
  }
}
