package dev.huzhu.examples;

import static dev.huzhu.core.person.PersonRole.TEACHER;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Small factories, so that the seed documents' data reads as data. */
final class SeedValues {
  private SeedValues() {}

  static School school(String id, String name, Locality locality, Stage stage,
      String county) {
    return School.builder().id(id).name(name).locality(locality).stage(stage).county(county)
        .build();
  }

  static School villageSchool(String id, String name, String county, String center) {
    return School.builder().id(id).name(name).locality(Locality.VILLAGE).stage(Stage.PRIMARY)
        .county(county).administeredBy(center).build();
  }

  static Person person(String id, String name, String school, PersonRole... roles) {
    return Person.builder().id(id).name(name).school(school).addRoles(roles).build();
  }

  /** A teacher of one school subject and grade; {@code TEACHER} is implied. */
  static Person teacher(String id, String name, String school, SchoolSubject schoolSubject, int grade,
      PersonRole... roles) {
    return Person.builder().id(id).name(name).school(school).addRoles(TEACHER).addRoles(roles)
        .addSchoolSubjects(schoolSubject).addGrades(grade).build();
  }

  static Person unitPerson(String id, String name, String unit, PersonRole... roles) {
    return Person.builder().id(id).name(name).unit(unit).addRoles(roles).build();
  }

  static Team team(String id, TeamKind kind, String name, String community,
      Membership... members) {
    return Team.builder().id(id).kind(kind).name(name).community(community).addMembers(members)
        .build();
  }

  static StudentPairing studentPairing(String id, String urban, String rural,
      StudentPairingKind kind) {
    return StudentPairing.builder().id(id).urban(urban).rural(rural).kind(kind).build();
  }

  static PartyBranch unitBranch(String id, String name, DepartmentCategory category) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.COUNTY_UNIT).category(category)
        .build();
  }

  static PartyBranch villageBranch(String id, String name, VillageType type) {
    return PartyBranch.builder().id(id).name(name).kind(BranchKind.VILLAGE).villageType(type)
        .build();
  }

  static ImmutableActivity.Builder activity(String id, String date, ActivityKind kind,
      String... credited) {
    return Activity.builder().id(id).date(LocalDate.parse(date)).kind(kind).addCredited(credited);
  }

  static BigDecimal whole(long n) {
    return BigDecimal.valueOf(n);
  }
}
