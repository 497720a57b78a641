package dev.huzhu.core.synthetic;

import static dev.huzhu.core.activity.ActivityKind.DEMONSTRATION_LESSON;
import static dev.huzhu.core.activity.ActivityKind.LECTURE;
import static dev.huzhu.core.activity.ActivityKind.LESSON_OBSERVATION;
import static dev.huzhu.core.activity.ActivityKind.SHADOWING_DAY;
import static dev.huzhu.core.activity.ActivityKind.TEACHING_RESEARCH;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the exchanges of a community: one or two 交流教师 sent from the core school for the
 * fall term, and a member school's principal 跟岗学习 at the core in the spring.
 */
final class ExchangeGenerator {
  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final List<GroupProfile> groups;

  ExchangeGenerator(SplittableRandom random, ImmutableDataset.Builder data, List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.groups = groups;
  }

  /** Generates the exchanges of community number {@code c}, whose first school is its core. */
  void exchanges(int c, School core, List<School> schools, Staff staff) {
    int teachers = 1 + random.nextInt(2);
    // 交流教师 are the core school's second teachers of distinct grades, so none is sent twice
    int firstGrade = 1 + random.nextInt(6);
    for (int n = 0; n < teachers; n++) {
      int grade = (firstGrade - 1 + n * 3) % 6 + 1;
      List<SchoolSubject> schoolSubjects = Curriculum.schoolSubjectsOf(grade);
      String person = staff.teacher(core.id(), grade, schoolSubjects.get(random.nextInt(schoolSubjects.size())), 1);
      String to = schools.get(1 + n % (schools.size() - 1)).id();
      Exchange x = Exchange.builder().id("x" + c + "-" + (n + 1)).person(person)
          .kind(ExchangeKind.TEACHING_EXCHANGE).from(core.id()).to(to).start(Curriculum.YEAR_START)
          .end(Curriculum.FALL_TERM_END).addDuties(Duty.of(DEMONSTRATION_LESSON, 1), Duty.of(LECTURE, 1))
          .build();
      data.addExchanges(x);
      groups.add(new GroupProfile(x.id(), ImmutableList.of(DEMONSTRATION_LESSON, LECTURE,
          LESSON_OBSERVATION), ImmutableList.of(person), ImmutableList.of(person),
          ImmutableList.of(to), Optional.empty(), Optional.empty(), Optional.empty(), x.start(), x.end()));
    }
    School visitor = schools.get(1 + random.nextInt(schools.size() - 1));
    String principal = staff.principal(visitor.id());
    Exchange shadowing = Exchange.builder().id("x" + c + "-shadow").person(principal)
        .kind(ExchangeKind.SHADOWING).from(visitor.id()).to(core.id())
        .start(LocalDate.of(2013, 3, 1)).end(LocalDate.of(2013, 4, 30)).build();
    data.addExchanges(shadowing);
    groups.add(new GroupProfile(shadowing.id(), ImmutableList.of(SHADOWING_DAY,
        LESSON_OBSERVATION, TEACHING_RESEARCH), ImmutableList.of(principal),
        ImmutableList.of(principal), ImmutableList.of(core.id()), Optional.empty(),
        Optional.empty(), Optional.empty(), shadowing.start(), shadowing.end()));
  }
}
