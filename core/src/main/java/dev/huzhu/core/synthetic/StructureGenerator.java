package dev.huzhu.core.synthetic;

import static dev.huzhu.core.activity.ActivityKind.*;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.person.Subject;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.ImmutableSchool;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.ImmutableTeam;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the communities of schools: schools, teachers, pupils, every kind of team, exchanges
 * and student pairings, valid by construction. Party pairings and score records have generators
 * of their own ({@link PartyGenerator}, {@link ScoreGenerator}).
 */
final class StructureGenerator {
  static final LocalDate YEAR_START = LocalDate.of(2012, 9, 1);
  static final LocalDate YEAR_END = LocalDate.of(2013, 7, 15);
  static final LocalDate FALL_TERM_END = LocalDate.of(2013, 1, 31);

  private static final ImmutableList<ActivityKind> RESEARCH_GROUP_KINDS = ImmutableList.of(
      LESSON_OBSERVATION, LESSON_OBSERVATION, LESSON_EVALUATION, LESSON_DISCUSSION,
      DEMONSTRATION_LESSON, DEMONSTRATION_LESSON, SENT_LESSON, BRAND_LESSON, STANDARD_LESSON,
      LESSON_PREPARATION, LESSON_PREPARATION, THEMATIC_ACTIVITY, MATERIAL_SHARE, MATERIAL_SHARE,
      JOINT_PREPARATION, REFLECTION, TEACHING_RESEARCH, CONTEST);
  private static final ImmutableList<ActivityKind> TEAM_KINDS = ImmutableList.of(FORUM, LECTURE,
      TRAINING, STUDY_VISIT, TEACHING_RESEARCH, THEMATIC_ACTIVITY, LESSON_OBSERVATION,
      HONOR_AWARDED);
  private static final ImmutableList<ActivityKind> STUDENT_KINDS = ImmutableList.of(
      PAIRING_CEREMONY, LETTER_EXCHANGE, LETTER_EXCHANGE, BOOK_EXCHANGE, DONATION,
      EDUCATION_VISIT, HONOUR_SELECTION);

  private static final String AIMS = "以教师专业发展、学校特色发展、城乡均衡发展为目的,以课堂教学研究为主线";

  private final SplittableRandom random;
  private final ImmutableDataset.Builder data;
  private final List<GroupProfile> groups;

  StructureGenerator(SplittableRandom random, ImmutableDataset.Builder data, List<GroupProfile> groups) {
    this.random = random;
    this.data = data;
    this.groups = groups;
  }

  /** The subjects taught and assessed in a primary grade: 语文 and 数学, and 英语 from grade 3. */
  static List<Subject> subjectsOf(int grade) {
    return grade >= 3 ? List.of(Subject.CHINESE, Subject.MATH, Subject.ENGLISH)
        : List.of(Subject.CHINESE, Subject.MATH);
  }

  /** Generates community number {@code c} (1-based) and everything in it. */
  void community(int c) {
    String county = Names.COUNTIES[(c - 1) % Names.COUNTIES.length];
    List<School> schools = new ArrayList<>();
    School core = School.builder().id("s" + c + "-0").name(county + "第" + c + "实验小学")
        .locality(Locality.URBAN).stage(Stage.PRIMARY).county(county).build();
    schools.add(core);
    int memberCount = 2 + random.nextInt(3);
    for (int j = 1; j <= memberCount; j++) {
      boolean centre = j == 1;
      boolean village = !centre && random.nextInt(3) > 0;
      Stage stage = !centre && random.nextInt(4) == 0 ? Stage.NINE_YEAR : Stage.PRIMARY;
      String place = Names.place((c - 1) * 5 + j - 1);
      ImmutableSchool.Builder school = School.builder().id("s" + c + "-" + j)
          .name(place + (centre ? "中心小学" : stage == Stage.NINE_YEAR ? "九年制学校" : "小学"))
          .locality(village ? Locality.VILLAGE : Locality.TOWNSHIP).stage(stage).county(county);
      if (village && random.nextBoolean()) {
        school.administeredBy("s" + c + "-1");
      }
      schools.add(school.build());
    }
    data.addAllSchools(schools);

    List<String> memberIds = schools.stream().skip(1).map(School::id).toList();
    ImmutableCommunity.Builder community = Community.builder().id("c" + c).name(core.name() + "城乡互助共同体")
        .core(core.id()).members(memberIds).established(LocalDate.of(2011, 3, 1).plusDays(7L * c))
        .aims(AIMS);
    if (c % 3 == 0) {
      community.formation(Formation.VOLUNTARY);
    } else {
      community.formation(Formation.POLICY_ASSIGNED)
          .programme(Programme.values()[c % 3 == 1 ? 0 : 1 + random.nextInt(2)]);
    }
    data.addCommunities(community.build());

    Staff staff = new Staff();
    for (School school : schools) {
      staff.add(school, school == core);
    }
    teams(c, core, schools, staff);
    exchanges(c, core, schools, staff);
    studentPairings(c, core, schools);
  }

  /** The people of each school, by role, so teams can be formed from them. */
  private final class Staff {
    final Map<String, String> principals = new LinkedHashMap<>();
    final Map<String, String> deans = new LinkedHashMap<>();
    /** school → grade/subject → teachers (the core school has two, the first a 名师). */
    final Map<String, Map<String, List<String>>> teachers = new LinkedHashMap<>();

    void add(School school, boolean core) {
      String s = school.id();
      principals.put(s, person(s + "-principal", school, List.of(PersonRole.PRINCIPAL,
          PersonRole.PARTY_MEMBER), List.of(), List.of()));
      deans.put(s, person(s + "-dean", school, List.of(PersonRole.DEAN_OF_STUDIES,
          PersonRole.MIDDLE_MANAGER, PersonRole.TEACHER), List.of(), List.of()));
      Map<String, List<String>> bySubject = new LinkedHashMap<>();
      for (int g = 1; g <= 6; g++) {
        for (Subject subject : subjectsOf(g)) {
          List<String> ids = new ArrayList<>();
          for (int n = 0; n < (core ? 2 : 1); n++) {
            List<PersonRole> roles = new ArrayList<>(List.of(PersonRole.TEACHER));
            if (core && n == 0) {
              roles.add(PersonRole.FAMOUS_TEACHER);
            } else if (random.nextInt(4) == 0) {
              roles.add(PersonRole.BACKBONE_TEACHER);
            }
            if (subject == Subject.CHINESE && n == 0) {
              roles.add(PersonRole.CLASS_TEACHER);
            }
            ids.add(person(s + "-" + key(g, subject) + (n == 0 ? "" : "b"), school, roles,
                List.of(subject), List.of(g)));
          }
          bySubject.put(key(g, subject), ids);
        }
      }
      teachers.put(s, bySubject);
    }

    String teacher(String school, int grade, Subject subject, int n) {
      return teachers.get(school).get(key(grade, subject)).get(n);
    }
  }

  private static String key(int grade, Subject subject) {
    return subject.name().toLowerCase(java.util.Locale.ROOT) + grade;
  }

  private String person(String id, School school, List<PersonRole> roles, List<Subject> subjects,
      List<Integer> grades) {
    data.addPeople(Person.builder().id("p-" + id).name(Names.person(random)).roles(roles)
        .school(school.id()).subjects(subjects).grades(grades).build());
    return "p-" + id;
  }

  private void teams(int c, School core, List<School> schools, Staff staff) {
    List<String> memberSchools = schools.stream().skip(1).map(School::id).toList();
    List<String> allSchools = schools.stream().map(School::id).toList();
    String community = "c" + c;

    ImmutableTeam.Builder leadership = team("t" + c + "-leadership", TeamKind.LEADERSHIP_GROUP, community,
        "领导小组").addMembers(Membership.of(staff.principals.get(core.id()), TeamRole.LEADER),
            Membership.of(staff.deans.get(core.id()), TeamRole.MEMBER));
    memberSchools.forEach(s -> leadership.addMembers(Membership.of(staff.principals.get(s), TeamRole.MEMBER)));
    addTeam(leadership.build(), TEAM_KINDS, allSchools);

    ImmutableTeam.Builder studio = team("t" + c + "-studio", TeamKind.PRINCIPAL_STUDIO, community, "校长工作室")
        .addMembers(Membership.of(staff.principals.get(core.id()), TeamRole.HOST));
    memberSchools.forEach(s -> studio.addMembers(Membership.of(staff.principals.get(s), TeamRole.MEMBER)));
    addTeam(studio.build(), ImmutableList.of(FORUM, LECTURE, STUDY_VISIT, SHADOWING_DAY, TRAINING),
        allSchools);

    ImmutableTeam.Builder alliance = team("t" + c + "-alliance-math", TeamKind.SUBJECT_ALLIANCE, community,
        "数学学科联盟").subject(Subject.MATH)
        .addMembers(Membership.of(staff.teacher(core.id(), 6, Subject.MATH, 0), TeamRole.HOST),
            Membership.of(staff.teacher(core.id(), 5, Subject.MATH, 0), TeamRole.MEMBER));
    memberSchools.forEach(s -> alliance.addMembers(
        Membership.of(staff.teacher(s, 5, Subject.MATH, 0), TeamRole.MEMBER),
        Membership.of(staff.teacher(s, 6, Subject.MATH, 0), TeamRole.MEMBER)));
    addTeam(alliance.build(), ImmutableList.of(TEACHING_RESEARCH, SENT_LESSON, REFLECTION,
        LESSON_PREPARATION, LECTURE), allSchools);

    ImmutableTeam.Builder deans = team("t" + c + "-deans", TeamKind.MIDDLE_MANAGEMENT_TEAM, community,
        "教导主任互动团队").addMembers(Membership.of(staff.deans.get(core.id()), TeamRole.LEADER));
    memberSchools.forEach(s -> deans.addMembers(Membership.of(staff.deans.get(s), TeamRole.MEMBER)));
    addTeam(deans.build(), TEAM_KINDS, allSchools);

    ImmutableTeam.Builder classTeachers = team("t" + c + "-class", TeamKind.CLASS_TEACHER_TEAM, community,
        "班主任协同团队").addMembers(Membership.of(staff.teacher(core.id(), 1, Subject.CHINESE, 0),
            TeamRole.LEADER), Membership.of(staff.teacher(core.id(), 2, Subject.CHINESE, 0), TeamRole.MEMBER));
    memberSchools.forEach(s -> classTeachers.addMembers(
        Membership.of(staff.teacher(s, 3, Subject.CHINESE, 0), TeamRole.MEMBER)));
    addTeam(classTeachers.build(), ImmutableList.of(FORUM, LECTURE, TRAINING, EDUCATION_VISIT,
        HONOUR_SELECTION), allSchools);

    for (int g = 1; g <= 6; g++) {
      for (Subject subject : subjectsOf(g)) {
        researchGroup(c, g, subject, core, memberSchools, allSchools, staff);
      }
    }
  }

  /** 学科中心教研组: the core's 名师 leads, each member school sends one deputy (合并 allowed). */
  private void researchGroup(int c, int g, Subject subject, School core, List<String> memberSchools,
      List<String> allSchools, Staff staff) {
    ImmutableTeam.Builder group = team("g" + c + "-" + key(g, subject), TeamKind.SUBJECT_RESEARCH_GROUP,
        "c" + c, g + "年级" + subjectLabel(subject) + "中心教研组").subject(subject).grade(g)
        .addMembers(Membership.of(staff.teacher(core.id(), g, subject, 0), TeamRole.LEADER),
            Membership.of(staff.teacher(core.id(), g, subject, 1), TeamRole.MEMBER));
    int n = memberSchools.size();
    boolean merged = n >= 3 && random.nextInt(3) == 0;
    for (int j = 0; j < n; j++) {
      String teacher = staff.teacher(memberSchools.get(j), g, subject, 0);
      if (merged && j == n - 2) {
        group.addMembers(Membership.builder().person(teacher).role(TeamRole.DEPUTY)
            .addRepresents(memberSchools.get(n - 1)).build());
      } else {
        group.addMembers(Membership.of(teacher, merged && j == n - 1 ? TeamRole.MEMBER : TeamRole.DEPUTY));
      }
    }
    addTeam(group.build(), RESEARCH_GROUP_KINDS, allSchools);
  }

  private static String subjectLabel(Subject subject) {
    switch (subject) {
      case CHINESE: return "语文";
      case MATH: return "数学";
      case ENGLISH: return "英语";
      default: return subject.name();
    }
  }

  private static ImmutableTeam.Builder team(String id, TeamKind kind, String community, String name) {
    return Team.builder().id(id).kind(kind).community(community).name(name);
  }

  private void addTeam(Team team, ImmutableList<ActivityKind> kinds, List<String> hosts) {
    data.addTeams(team);
    ImmutableList<String> people = team.memberIds();
    groups.add(new GroupProfile(team.id(), kinds, people, people, ImmutableList.copyOf(hosts),
        Optional.empty(), team.subject(), team.grade(), YEAR_START, YEAR_END));
  }

  private void exchanges(int c, School core, List<School> schools, Staff staff) {
    int teachers = 1 + random.nextInt(2);
    // 交流教师 are the core school's second teachers of distinct grades, so none is sent twice
    int firstGrade = 1 + random.nextInt(6);
    for (int n = 0; n < teachers; n++) {
      int grade = (firstGrade - 1 + n * 3) % 6 + 1;
      List<Subject> subjects = subjectsOf(grade);
      String person = staff.teacher(core.id(), grade, subjects.get(random.nextInt(subjects.size())), 1);
      String to = schools.get(1 + n % (schools.size() - 1)).id();
      Exchange x = Exchange.builder().id("x" + c + "-" + (n + 1)).person(person)
          .kind(ExchangeKind.TEACHING_EXCHANGE).from(core.id()).to(to).start(YEAR_START)
          .end(FALL_TERM_END).addDuties(Duty.of(DEMONSTRATION_LESSON, 1), Duty.of(LECTURE, 1))
          .build();
      data.addExchanges(x);
      groups.add(new GroupProfile(x.id(), ImmutableList.of(DEMONSTRATION_LESSON, LECTURE,
          LESSON_OBSERVATION), ImmutableList.of(person), ImmutableList.of(person),
          ImmutableList.of(to), Optional.empty(), Optional.empty(), Optional.empty(), x.start(), x.end()));
    }
    School visitor = schools.get(1 + random.nextInt(schools.size() - 1));
    String principal = staff.principals.get(visitor.id());
    Exchange shadowing = Exchange.builder().id("x" + c + "-shadow").person(principal)
        .kind(ExchangeKind.SHADOWING).from(visitor.id()).to(core.id())
        .start(LocalDate.of(2013, 3, 1)).end(LocalDate.of(2013, 4, 30)).build();
    data.addExchanges(shadowing);
    groups.add(new GroupProfile(shadowing.id(), ImmutableList.of(SHADOWING_DAY,
        LESSON_OBSERVATION, TEACHING_RESEARCH), ImmutableList.of(principal),
        ImmutableList.of(principal), ImmutableList.of(core.id()), Optional.empty(),
        Optional.empty(), Optional.empty(), shadowing.start(), shadowing.end()));
  }

  private void studentPairings(int c, School core, List<School> schools) {
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
          Optional.empty(), YEAR_START, YEAR_END));
    }
  }

  private String pupil(String id, School school, boolean parent) {
    data.addPeople(Person.builder().id(id).name(Names.person(random))
        .addRoles(parent ? PersonRole.PARENT : PersonRole.STUDENT).school(school.id())
        .build());
    return id;
  }
}
