package dev.huzhu.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.school.School;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.ScoreUnit;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.core.validation.InvalidDatasetException;
import dev.huzhu.core.validation.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything huzhu knows about a set of mutual-aid structures: schools, people, communities,
 * teams, exchanges, student pairings, party branches and pairings, the activity log and the score
 * records — with the look-ups a user needs, built once into indexes on first use.
 *
 * <p>A dataset may hold problems (a dangling reference, a negative quantity): building one never
 * fails on them, so that {@link #validate()} can report every problem at once, each with a path
 * into this dataset ({@code teams[3].members[1].person}). The look-ups are meant for a valid
 * dataset; on an invalid one, a duplicated id finds its first element.
 *
 * <p>Ids share one namespace across schools, people, communities, teams, exchanges, pairings and
 * branches, so that an activity's {@code credited} id or an exchange's {@code from} is never
 * ambiguous; activity ids have a namespace of their own. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dataset {
  public abstract ImmutableList<School> schools();

  public abstract ImmutableList<Person> people();

  public abstract ImmutableList<Community> communities();

  public abstract ImmutableList<Team> teams();

  public abstract ImmutableList<Exchange> exchanges();

  public abstract ImmutableList<StudentPairing> studentPairings();

  public abstract ImmutableList<PartyBranch> partyBranches();

  public abstract ImmutableList<PartyPairing> partyPairings();

  /** The activity log. */
  public abstract ImmutableList<Activity> activities();

  public abstract ImmutableList<ScoreRecord> scores();

  public static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder();
  }

  /** A dataset with nothing in it. */
  public static Dataset empty() {
    return builder().build();
  }

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  // ---- validation

  /**
   * Every problem in this dataset, in a stable order; empty when it is valid. Computed once: the
   * dataset is immutable.
   */
  @Value.Lazy
  public ImmutableList<Problem> validate() {
    return DatasetValidator.validate(this);
  }

  /** This dataset, if it is valid; otherwise an {@link InvalidDatasetException} with every problem. */
  public Dataset requireValid() {
    ImmutableList<Problem> problems = validate();
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    return this;
  }

  // ---- look-ups by id

  public Optional<School> school(String id) {
    return Optional.ofNullable(index().schools.get(id));
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(index().people.get(id));
  }

  public Optional<Community> community(String id) {
    return Optional.ofNullable(index().communities.get(id));
  }

  public Optional<Team> team(String id) {
    return Optional.ofNullable(index().teams.get(id));
  }

  public Optional<Exchange> exchange(String id) {
    return Optional.ofNullable(index().exchanges.get(id));
  }

  public Optional<StudentPairing> studentPairing(String id) {
    return Optional.ofNullable(index().studentPairings.get(id));
  }

  public Optional<PartyBranch> partyBranch(String id) {
    return Optional.ofNullable(index().partyBranches.get(id));
  }

  public Optional<PartyPairing> partyPairing(String id) {
    return Optional.ofNullable(index().partyPairings.get(id));
  }

  public Optional<Activity> activity(String id) {
    return Optional.ofNullable(index().activities.get(id));
  }

  /** Whether the id names a group an activity can be credited to: a team, pairing or exchange. */
  public boolean isGroup(String id) {
    DatasetIndex i = index();
    return i.teams.containsKey(id) || i.partyPairings.containsKey(id)
        || i.studentPairings.containsKey(id) || i.exchanges.containsKey(id);
  }

  /**
   * Whether an activity can be credited to the id: a group ({@link #isGroup}), a school or a
   * community (docs/assessment.md#schools-communities-and-pupil-pairings).
   */
  public boolean isCreditTarget(String id) {
    return index().creditTargets.contains(id);
  }

  // ---- look-ups across values

  /** The communities a school has belonged to (as core or member), in dataset order. */
  public ImmutableList<Community> communitiesOf(String schoolId) {
    return index().communitiesBySchool.get(schoolId);
  }

  /** The community the school belongs to on that date, if any. */
  public Optional<Community> communityOf(String schoolId, LocalDate date) {
    return communitiesOf(schoolId).stream().filter(c -> c.isInForceOn(date)).findFirst();
  }

  /** The teams the person is a member of, in dataset order. */
  public ImmutableList<Team> teamsOf(String personId) {
    return index().teamsByPerson.get(personId);
  }

  /** The schools the members of a team belong to, in member order, each once; empty for an unknown team. */
  public ImmutableSet<String> memberSchools(String teamId) {
    return index().schoolsByTeam.getOrDefault(teamId, ImmutableSet.of());
  }

  /** The activities credited to a group (team, pairing or exchange), school or community, in log order. */
  public ImmutableList<Activity> activitiesCreditedTo(String groupId) {
    return index().activitiesByGroup.get(groupId);
  }

  /** The activities that follow up the given one (使用指导、监督), in log order. */
  public ImmutableList<Activity> followUpsOf(String activityId) {
    return index().followUps.get(activityId);
  }

  /** The score records of one school's grade and subject, in dataset order. */
  public ImmutableList<ScoreRecord> scores(ScoreUnit scoreUnit) {
    return index().scoresByUnit.get(scoreUnit);
  }

  /** The score records of one school, every grade, subject, test and phase, in dataset order. */
  public ImmutableList<ScoreRecord> scoresAt(String schoolId) {
    return index().scoresBySchool.get(schoolId);
  }

  /**
   * Whether the pairing is a professional match (专业对口): at least one of its unit branches is
   * of the department category suited to the village's type (党群→软村, 政法→乱村, 经济→穷村,
   * 涉农→专业村). False when the village branch is unknown or not a village; unknown unit
   * branches are ignored.
   */
  public boolean isProfessionalMatch(PartyPairing pairing) {
    Optional<PartyBranch> village = partyBranch(pairing.village())
        .filter(b -> b.kind() == BranchKind.VILLAGE);
    if (village.isEmpty()) {
      return false;
    }
    return pairing.units().stream()
        .map(this::partyBranch)
        .flatMap(Optional::stream)
        .map(PartyBranch::category)
        .flatMap(Optional::stream)
        .anyMatch(c -> c.suits(village.get().villageType().orElseThrow()));
  }
}
