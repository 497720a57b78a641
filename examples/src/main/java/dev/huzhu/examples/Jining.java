package dev.huzhu.examples;

import static dev.huzhu.core.person.PersonRole.PARENT;
import static dev.huzhu.core.person.PersonRole.STUDENT;
import static dev.huzhu.core.person.PersonRole.TEACHER;
import static dev.huzhu.examples.SeedValues.person;
import static dev.huzhu.examples.SeedValues.school;
import static dev.huzhu.examples.SeedValues.studentPairing;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.Stage;
import java.time.LocalDate;

/**
 * 第四篇: 济宁学院附小科苑校区 × 接庄十里营小学 "相约中国梦 快乐共成长": the 手拉手 of pupils
 * and families launched at the 2016-03-15 启动仪式. This class holds the schools, the community and
 * the ten pairings; {@link JiningYear} holds their first year of letters, visits and books.
 */
final class Jining {
  private Jining() {}

  static final String URBAN = "s-jn-kyxq";
  static final String RURAL = "s-jn-slyy";
  static final String URBAN_COUNSELLOR = "p-jn-kyxq-counsellor";
  static final String RURAL_COUNSELLOR = "p-jn-slyy-counsellor";

  /** How many 学生与学生结对 there are: pairings 01 to 07. */
  static final int PUPIL_PAIRS = 7;
  /** How many 家庭与家庭结对 follow them: pairings 08 to 10. */
  static final int FAMILY_PAIRS = 3;

  static void addTo(ImmutableDataset.Builder data) {
    String county = "济宁高新区";
    data.addSchools(
        school(URBAN, "济宁学院附小科苑校区", Locality.URBAN, Stage.PRIMARY, county),
        school(RURAL, "接庄十里营小学", Locality.VILLAGE, Stage.PRIMARY, county));
    data.addCommunities(Community.builder()
        .id("c-jn")
        .name("济宁学院附小科苑校区城乡手拉手结对")
        .core(URBAN)
        .addMembers(RURAL)
        // Set up under 市少工委's 城乡手拉手精准扶贫行动.
        .formation(Formation.POLICY_ASSIGNED)
        .programme(Programme.HAND_IN_HAND)
        .established(LocalDate.of(2016, 3, 15))
        .aims("相约中国梦 快乐共成长")
        .build());
    data.addPeople(
        person(URBAN_COUNSELLOR, "济宁学院附小科苑校区少先队辅导员", URBAN, TEACHER),
        person(RURAL_COUNSELLOR, "接庄十里营小学少先队辅导员", RURAL, TEACHER));
    // The speech names no pupil and no number of pairs. Ten pairings are made up: seven
    // 学生与学生结对 and, 小手拉大手, three 家庭与家庭结对 in which a parent stands for each family.
    // Pupils and parents are minors or their families: placeholder names only, numbered by their
    // pairing, and no report ever prints them.
    for (int n = 1; n <= PUPIL_PAIRS + FAMILY_PAIRS; n++) {
      boolean family = n > PUPIL_PAIRS;
      String label = family ? "家长" : "学生";
      data.addPeople(
          person(urbanSide(n), "科苑校区" + label + number(n), URBAN, family ? PARENT : STUDENT),
          person(ruralSide(n), "十里营小学" + label + number(n), RURAL, family ? PARENT : STUDENT));
      data.addStudentPairings(studentPairing(pairing(n), urbanSide(n), ruralSide(n),
          family ? StudentPairingKind.FAMILIES : StudentPairingKind.STUDENTS));
    }
    JiningYear.addTo(data);
  }

  /** The id of pairing n: {@code sp-jn-01} … {@code sp-jn-10}, with no pupil's name in it. */
  static String pairing(int n) {
    return "sp-jn-" + number(n);
  }

  /** The urban side of pairing n: a 科苑校区 pupil, or a parent for a family pairing. */
  static String urbanSide(int n) {
    return "p-jn-" + (n > PUPIL_PAIRS ? "parent" : "pupil") + "-kyxq-" + number(n);
  }

  /** The rural side of pairing n: a 十里营小学 pupil, or a parent for a family pairing. */
  static String ruralSide(int n) {
    return "p-jn-" + (n > PUPIL_PAIRS ? "parent" : "pupil") + "-slyy-" + number(n);
  }

  /** Pairing n's two digits, {@code 01} … {@code 10}, as ids and placeholder names carry them. */
  static String number(int n) {
    return String.format("%02d", n);
  }
}
