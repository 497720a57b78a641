package dev.huzhu.core.synthetic;

import dev.huzhu.core.school.SchoolSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The school year the generator fills, 2012–2013, and what its primary grades are taught: the
 * subjects of a grade, a subject's name in the name of a team, and the key ({@code math3}) that
 * the ids of a grade's teachers and research groups share.
 */
final class Curriculum {
  static final LocalDate YEAR_START = LocalDate.of(2012, 9, 1);
  static final LocalDate YEAR_END = LocalDate.of(2013, 7, 15);
  static final LocalDate FALL_TERM_END = LocalDate.of(2013, 1, 31);

  private Curriculum() {}

  /** The subjects taught and assessed in a primary grade: 语文 and 数学, and 英语 from grade 3. */
  static List<SchoolSubject> schoolSubjectsOf(int grade) {
    return grade >= 3 ? List.of(SchoolSubject.CHINESE, SchoolSubject.MATH, SchoolSubject.ENGLISH)
        : List.of(SchoolSubject.CHINESE, SchoolSubject.MATH);
  }

  /** A grade's subject in ids: {@code math3}. */
  static String key(int grade, SchoolSubject schoolSubject) {
    return schoolSubject.name().toLowerCase(Locale.ROOT) + grade;
  }

  /** A subject as a team's name says it: 语文, 数学, 英语. */
  static String label(SchoolSubject schoolSubject) {
    return switch (schoolSubject) {
      case CHINESE -> "语文";
      case MATH -> "数学";
      case ENGLISH -> "英语";
      default -> schoolSubject.name();
    };
  }
}
