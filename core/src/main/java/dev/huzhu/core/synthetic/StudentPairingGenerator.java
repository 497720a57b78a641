package dev.huzhu.core.synthetic;

import static dev.huzhu.core.activity.ActivityKind.BOOK_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.DONATION;
import static dev.huzhu.core.activity.ActivityKind.EDUCATION_VISIT;
import static dev.huzhu.core.activity.ActivityKind.HONOUR_SELECTION;
import static dev.huzhu.core.activity.ActivityKind.LETTER_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.PAIRING_CEREMONY;
import static dev.huzhu.core.activity.ActivityKind.PUPIL_VISIT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.School;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the 手拉手 pairings of a community: two to five pairs of a pupil of the core school
 * and one of a member school, or of their families, with the pupils (or parents) themselves.
 */
final class StudentPairingGenerator {
  private static final ImmutableList<ActivityKind> STUDENT_KINDS = ImmutableList.of(
      PAIRING_CEREMONY, LETTER_EXCHANGE, LETTER_EXCHANGE, BOOK_EXCHANGE, DONATION,
      EDUCATION_VISIT, HONOUR_SELECTION);

  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final List<GroupProfile> groups;

  StudentPairingGenerator(SplittableRandom random, ImmutableDataset.Builder data,
      List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.groups = groups;
  }

  /** Generates the student pairings of community number {@code c}, whose first school is its core. */
  void studentPairings(int c, School core, List<School> schools) {
    int pairs = 2 + random.nextInt(4);
    for (int n = 1; n <= pairs; n++) {
      School rural = schools.get(1 + random.nextInt(schools.size() - 1));
      boolean families = random.nextInt(3) == 0;
      String urban = pupil("p-st" + c + "-" + n + "u", core, families);
      String ruralPupil = pupil("p-st" + c + "-" + n + "r", rural, families);
      StudentPairing pairing = StudentPairing.builder().id("sp" + c + "-" + n).urban(urban)
          .rural(ruralPupil).kind(families ? StudentPairingKind.FAMILIES : StudentPairingKind.STUDENTS)
          .build();
      data.addStudentPairings(pairing);
      ImmutableList<String> both = ImmutableList.of(urban, ruralPupil);
      groups.add(new GroupProfile(pairing.id(), STUDENT_KINDS, ImmutableList.of(), both,
          ImmutableList.of(core.id(), rural.id()), Optional.empty(), Optional.empty(),
          Optional.empty(), Curriculum.YEAR_START, Curriculum.YEAR_END)
          .withVariants(ImmutableMap.of(EDUCATION_VISIT, PUPIL_VISIT)));
    }
  }

  private String pupil(String id, School school, boolean parent) {
    data.addPeople(Person.builder().id(id).name(Names.person(random))
        .addRoles(parent ? PersonRole.PARENT : PersonRole.STUDENT).school(school.id())
        .build());
    return id;
  }
}
