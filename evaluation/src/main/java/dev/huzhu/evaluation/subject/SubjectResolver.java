package dev.huzhu.evaluation.subject;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.SubjectSelection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the subjects a selection names in a dataset, sorted by id so input order never matters. */
public final class SubjectResolver {
  /** Leaders and hosts first, then deputies, then members; by person id within a role. */
  static final Comparator<SubjectMember> MEMBER_ORDER = Comparator
      .comparingInt((SubjectMember m) -> m.role().isLead() ? 0 : m.role() == TeamRole.DEPUTY ? 1 : 2)
      .thenComparing(SubjectMember::person);

  private SubjectResolver() {}

  /** The assessed subjects, sorted by id. */
  public static ImmutableList<AssessedSubject> resolve(SubjectSelection selection, Dataset dataset) {
    ImmutableList.Builder<AssessedSubject> subjects = ImmutableList.builder();
    for (Team team : dataset.teams()) {
      if (selection.teamKinds().contains(team.kind())) {
        subjects.add(team(team, dataset));
      }
    }
    if (selection.partyPairings()) {
      for (PartyPairing pairing : dataset.partyPairings()) {
        subjects.add(pairing(pairing, dataset));
      }
    }
    for (Exchange exchange : dataset.exchanges()) {
      if (selection.exchangeKinds().contains(exchange.kind())) {
        subjects.add(exchange(exchange, dataset));
      }
    }
    return subjects.build().stream().sorted(Comparator.comparing(AssessedSubject::id))
        .collect(ImmutableList.toImmutableList());
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
        .scoreRecords(records).build();
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
        .professionalMatch(dataset.isProfessionalMatch(pairing)).build();
  }

  private static AssessedSubject exchange(Exchange exchange, Dataset dataset) {
    String name = dataset.person(exchange.person()).filter(Person::isNameable).map(Person::name)
        .orElse(exchange.person());
    return AssessedSubject.builder().id(exchange.id()).kind(SubjectKind.EXCHANGE)
        .label(name).addMembers(SubjectMember.of(exchange.person(), TeamRole.MEMBER))
        .exchange(exchange).build();
  }

}
