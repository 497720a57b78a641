package dev.huzhu.core.synthetic;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The staff of a community's schools, generated school by school and kept by role so that teams
 * and exchanges can be formed from them: a principal and a dean of studies, and a teacher of each
 * grade and subject (two at the core school, the first a 名师).
 */
final class Staff {
  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final Map<String, String> principals = new LinkedHashMap<>();
  private final Map<String, String> deans = new LinkedHashMap<>();
  /** school → grade/subject → teachers (the core school has two, the first a 名师). */
  private final Map<String, Map<String, List<String>>> teachers = new LinkedHashMap<>();

  Staff(SplittableRandom random, ImmutableDataset.Builder data) {
    this.random = random;
    this.data = data;
  }

  /** Generates the staff of a school, the core school's with two teachers of each subject. */
  void add(School school, boolean core) {
    String s = school.id();
    principals.put(s, person(s + "-principal", school, List.of(PersonRole.PRINCIPAL,
        PersonRole.PARTY_MEMBER), List.of(), List.of()));
    deans.put(s, person(s + "-dean", school, List.of(PersonRole.DEAN_OF_STUDIES,
        PersonRole.MIDDLE_MANAGER, PersonRole.TEACHER), List.of(), List.of()));
    Map<String, List<String>> bySchoolSubject = new LinkedHashMap<>();
    for (int g = 1; g <= 6; g++) {
      for (SchoolSubject schoolSubject : Curriculum.schoolSubjectsOf(g)) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < (core ? 2 : 1); n++) {
          List<PersonRole> roles = new ArrayList<>(List.of(PersonRole.TEACHER));
          if (core && n == 0) {
            roles.add(PersonRole.FAMOUS_TEACHER);
          } else if (random.nextInt(4) == 0) {
            roles.add(PersonRole.BACKBONE_TEACHER);
          }
          if (schoolSubject == SchoolSubject.CHINESE && n == 0) {
            roles.add(PersonRole.CLASS_TEACHER);
          }
          ids.add(person(s + "-" + Curriculum.key(g, schoolSubject) + (n == 0 ? "" : "b"), school, roles,
              List.of(schoolSubject), List.of(g)));
        }
        bySchoolSubject.put(Curriculum.key(g, schoolSubject), ids);
      }
    }
    teachers.put(s, bySchoolSubject);
  }

  /** The principal of a school. */
  String principal(String school) {
    return principals.get(school);
  }

  /** The dean of studies of a school. */
  String dean(String school) {
    return deans.get(school);
  }

  /** A school's teacher of a grade and subject: the first ({@code n} 0) or, at the core, the second. */
  String teacher(String school, int grade, SchoolSubject schoolSubject, int n) {
    return teachers.get(school).get(Curriculum.key(grade, schoolSubject)).get(n);
  }

  private String person(String id, School school, List<PersonRole> roles, List<SchoolSubject> schoolSubjects,
      List<Integer> grades) {
    data.addPeople(Person.builder().id("p-" + id).name(Names.person(random)).roles(roles)
        .school(school.id()).schoolSubjects(schoolSubjects).grades(grades).build());
    return "p-" + id;
  }
}
