package dev.huzhu.evaluation.subject;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.School;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.SubjectSelection;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the subjects a selection names in a dataset, sorted by id so input order never matters,
 * with what reaches each: the ids an activity may be credited to and the schools that may host
 * it, so that the pass over the log routes an activity by looking its ids up, never by scanning.
 */
public final class SubjectResolver {
  /** Leaders and hosts first, then deputies, then members; by person id within a role. */
  static final Comparator<SubjectMember> MEMBER_ORDER = Comparator
      .comparingInt((SubjectMember m) -> m.role().isLead() ? 0 : m.role() == TeamRole.DEPUTY ? 1 : 2)
      .thenComparing(SubjectMember::person);

  private SubjectResolver() {}

  /**
   * The assessed subjects, sorted by id. With {@link SubjectSelection#within()}, only those of the
   * named communities; one the dataset does not hold adds nothing (an assessment refuses it before
   * resolving: {@code PolicyValidator.validate(policy, dataset)}).
   */
  public static ImmutableList<AssessedSubject> resolve(SubjectSelection selection, Dataset dataset) {
    Within within = Within.of(selection, dataset);
    ImmutableList.Builder<AssessedSubject> subjects = ImmutableList.builder();
    for (Team team : dataset.teams()) {
      if (selection.teamKinds().contains(team.kind()) && within.hasCommunity(team.community())) {
        subjects.add(team(team, dataset));
      }
    }
    if (selection.partyPairings() && within.isEverywhere()) {
      for (PartyPairing pairing : dataset.partyPairings()) {
        subjects.add(pairing(pairing, dataset));
      }
    }
    for (Exchange exchange : dataset.exchanges()) {
      if (selection.exchangeKinds().contains(exchange.kind())
          && (within.hasSchool(exchange.from()) || within.hasSchool(exchange.to()))) {
        subjects.add(exchange(exchange, dataset));
      }
    }
    for (School school : dataset.schools()) {
      if (selection.schoolLocalities().contains(school.locality()) && within.hasSchool(school.id())) {
        subjects.add(school(school, dataset));
      }
    }
    if (selection.communities()) {
      for (Community community : dataset.communities()) {
        if (within.hasCommunity(community.id())) {
          subjects.add(community(community, dataset));
        }
      }
    }
    for (StudentPairing pairing : dataset.studentPairings()) {
      if (selection.studentPairingKinds().contains(pairing.kind())
          && (within.hasPupil(pairing.urban(), dataset) || within.hasPupil(pairing.rural(), dataset))) {
        subjects.add(AssessedSubject.builder().id(pairing.id()).kind(SubjectKind.STUDENT_PAIRING)
            .label(pairing.id()).addCreditedVia(pairing.id()).build());
      }
    }
    return subjects.build().stream().sorted(Comparator.comparing(AssessedSubject::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The communities a selection is narrowed to and their schools (core and members, whatever the
   * community's dates); everywhere when {@code within} is empty.
   */
  private record Within(Set<String> communities, Set<String> schools) {
    static Within of(SubjectSelection selection, Dataset dataset) {
      if (selection.within().isEmpty()) {
        return new Within(Set.of(), Set.of());
      }
      Set<String> schools = new HashSet<>();
      for (Community community : dataset.communities()) {
        if (selection.within().contains(community.id())) {
          schools.addAll(community.schools());
        }
      }
      return new Within(selection.within(), schools);
    }

    boolean isEverywhere() {
      return communities.isEmpty();
    }

    boolean hasCommunity(String community) {
      return isEverywhere() || communities.contains(community);
    }

    boolean hasSchool(String school) {
      return isEverywhere() || schools.contains(school);
    }

    /** Whether the person (a pupil or a parent) belongs to one of the schools. */
    boolean hasPupil(String person, Dataset dataset) {
      return isEverywhere() || dataset.person(person).flatMap(Person::school)
          .filter(schools::contains).isPresent();
    }
  }

  private static AssessedSubject team(Team team, Dataset dataset) {
    // a deputy who stands for schools merged into the group (合并组成一个教研组) brings their
    // results into the group's outcome too
    ImmutableSet<String> schools = ImmutableSet.<String>builder().addAll(dataset.memberSchools(team.id()))
        .addAll(team.members().stream().flatMap(m -> m.represents().stream()).iterator()).build();
    ImmutableList<ScoreRecord> records = schools.stream().sorted()
        .flatMap(s -> dataset.scoresAt(s).stream())
        .filter(r -> team.scope().covers(r.schoolSubject(), r.grade()))
        .sorted(Comparator.comparing(ScoreRecord::key))
        .collect(ImmutableList.toImmutableList());
    return AssessedSubject.builder().id(team.id()).kind(SubjectKind.TEAM)
        .label(team.name().orElse(team.id()))
        .members(team.members().stream().map(m -> SubjectMember.of(m.person(), m.role()))
            .sorted(MEMBER_ORDER).collect(ImmutableList.toImmutableList()))
        .scoreRecords(records).addCreditedVia(team.id()).build();
  }

  private static AssessedSubject pairing(PartyPairing pairing, Dataset dataset) {
    Set<String> unitMembers = new LinkedHashSet<>();
    pairing.memberPairs().stream().map(MemberPair::unitMember).forEach(unitMembers::add);
    ImmutableList.Builder<SubjectMember> members = ImmutableList.builder();
    pairing.residentCadre().ifPresent(c -> members.add(SubjectMember.of(c, TeamRole.LEADER)));
    unitMembers.stream().filter(p -> !pairing.residentCadre().map(p::equals).orElse(false))
        .forEach(p -> members.add(SubjectMember.of(p, TeamRole.MEMBER)));
    String village = dataset.partyBranch(pairing.village()).map(b -> b.name()).orElse(pairing.village());
    return AssessedSubject.builder().id(pairing.id()).kind(SubjectKind.PARTY_PAIRING)
        .label(village).members(members.build().stream().sorted(MEMBER_ORDER)
            .collect(ImmutableList.toImmutableList()))
        .professionalMatch(dataset.isProfessionalMatch(pairing)).addCreditedVia(pairing.id())
        .build();
  }

  private static AssessedSubject exchange(Exchange exchange, Dataset dataset) {
    String name = dataset.person(exchange.person()).filter(Person::isNameable).map(Person::name)
        .orElse(exchange.person());
    return AssessedSubject.builder().id(exchange.id()).kind(SubjectKind.EXCHANGE)
        .label(name).addMembers(SubjectMember.of(exchange.person(), TeamRole.MEMBER))
        .exchange(exchange).addCreditedVia(exchange.id()).build();
  }

  private static AssessedSubject school(School school, Dataset dataset) {
    ImmutableList<String> schools = ImmutableList.of(school.id());
    return staffed(AssessedSubject.builder().id(school.id()).kind(SubjectKind.SCHOOL)
        .label(school.name()).addCreditedVia(school.id()).addHostedAt(school.id()), schools,
        dataset).build();
  }

  /**
   * A community: what is credited to it, to one of its schools or teams, to an exchange from or
   * to one of its schools, or to a pupil pairing with a pupil at one of them, and what one of its
   * schools hosts.
   */
  private static AssessedSubject community(Community community, Dataset dataset) {
    ImmutableList<String> schools = ImmutableList.<String>builder().add(community.core())
        .addAll(community.members()).build();
    Set<String> own = ImmutableSet.copyOf(schools);
    Set<String> via = new LinkedHashSet<>();
    via.add(community.id());
    via.addAll(schools);
    dataset.teams().stream().filter(t -> t.community().equals(community.id()))
        .forEach(t -> via.add(t.id()));
    dataset.exchanges().stream().filter(x -> own.contains(x.from()) || own.contains(x.to()))
        .forEach(x -> via.add(x.id()));
    dataset.studentPairings().stream()
        .filter(p -> Stream.of(p.urban(), p.rural()).map(dataset::person).flatMap(Optional::stream)
            .anyMatch(person -> person.school().filter(own::contains).isPresent()))
        .forEach(p -> via.add(p.id()));
    return staffed(AssessedSubject.builder().id(community.id()).kind(SubjectKind.COMMUNITY)
        .label(community.name()).coreSchool(community.core()).creditedVia(via)
        .hostedAt(schools), schools, dataset).build();
  }

  /** A school's or community's schools, their records and their teachers. */
  private static ImmutableAssessedSubject.Builder staffed(ImmutableAssessedSubject.Builder subject,
      ImmutableList<String> schools, Dataset dataset) {
    Set<String> own = ImmutableSet.copyOf(schools);
    ImmutableList<Person> teachers = dataset.people().stream()
        .filter(p -> p.school().filter(own::contains).isPresent()
            && p.roles().contains(PersonRole.TEACHER))
        .sorted(Comparator.comparing(Person::id)).collect(ImmutableList.toImmutableList());
    Set<String> ids = new LinkedHashSet<>();
    teachers.forEach(p -> ids.add(p.id()));
    return subject.schools(schools)
        .scoreRecords(records(schools.stream().flatMap(s -> dataset.scoresAt(s).stream()).toList()))
        .teachers(ids)
        .backboneTeachers(teachers.stream().filter(p -> p.roles().contains(PersonRole.BACKBONE_TEACHER)
            || p.roles().contains(PersonRole.FAMOUS_TEACHER)).map(Person::id).toList())
        .teacherExchanges(dataset.exchanges().stream().filter(x -> ids.contains(x.person()))
            .sorted(Comparator.comparing(Exchange::id)).toList());
  }

  private static ImmutableList<ScoreRecord> records(Collection<ScoreRecord> records) {
    return records.stream().sorted(Comparator.comparing(ScoreRecord::key))
        .collect(ImmutableList.toImmutableList());
  }

}
