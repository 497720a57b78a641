package dev.huzhu.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.evaluation.policy.SubjectSelection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shrinker on its own, with predicates whose smallest failing datasets are plain. */
class DatasetShrinkerTest {
  static final SubjectSelection RESEARCH_GROUPS = SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP);
  static final Dataset TINY = SyntheticDatasets.generate(3, Scale.of(1, 1, 120)).dataset();

  /** Every dataset the predicate was given, to see that each was valid. */
  private final List<Dataset> seen = new ArrayList<>();

  private Predicate<Dataset> watched(Predicate<Dataset> p) {
    return d -> {
      seen.add(d);
      return p.test(d);
    };
  }

  @Test
  void twoActivitiesThatMatterAreAllThatStays() {
    Activity first = TINY.activities().get(5);
    Activity second = TINY.activities().get(17);

    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).shrink(TINY, watched(d ->
        d.activity(first.id()).isPresent() && d.activity(second.id()).isPresent()));

    assertThat(r.dataset().activities()).extracting(Activity::id)
        .containsExactly(first.id(), second.id());
    assertThat(r.dataset().scores()).isEmpty();
    // the groups they are credited to stay, and no other
    Set<String> groups = new HashSet<>(first.credited());
    groups.addAll(second.credited());
    assertThat(Removal.groups(r.dataset())).containsExactlyInAnyOrderElementsOf(groups);
    assertThat(r.exhausted()).isFalse();
    assertThat(r.reductions()).isPositive().isLessThanOrEqualTo(r.steps());
    // a candidate the dataset rules refuse is a step the predicate never sees
    assertThat(seen).hasSizeLessThanOrEqualTo(r.steps()).allSatisfy(d ->
        assertThat(d.validate()).isEmpty());
  }

  @Test
  void theScoreRecordsThatMatterAreAllThatStay() {
    // at least three records of member school s1-1: exactly three remain, all of it
    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).shrink(TINY, watched(d ->
        d.scoresAt("s1-1").size() >= 3));

    assertThat(r.dataset().scores()).hasSize(3).extracting(ScoreRecord::school).containsOnly("s1-1");
    assertThat(r.dataset().activities()).isEmpty();
    assertThat(r.dataset().teams()).isEmpty();
    assertThat(r.dataset().validate()).isEmpty();
  }

  @Test
  void aFollowUpKeepsItsDelivery() {
    Activity followUp = TINY.activities().stream().filter(a -> a.followUpOf().isPresent())
        .findFirst().orElseThrow();

    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).shrink(TINY, watched(d ->
        d.activity(followUp.id()).isPresent()));

    // the delivery cannot go without its follow-up going too
    assertThat(r.dataset().activities()).extracting(Activity::id)
        .containsExactly(followUp.followUpOf().get(), followUp.id());
    assertThat(seen).allSatisfy(d -> assertThat(d.validate()).isEmpty());
  }

  @Test
  void aGroupDroppedLeavesTheCreditedListOfAnActivityItShared() {
    Team a = TINY.teams().get(0);
    Team b = TINY.teams().get(1);
    Activity shared = Activity.builder().id("shared").date(LocalDate.of(2012, 10, 8))
        .kind(ActivityKind.FORUM).addCredited(a.id(), b.id())
        .addParticipants(Participant.lead(a.members().get(0).person())).build();
    Dataset withShared = Dataset.builder().copyFrom(TINY).addActivities(shared).build();

    ShrinkResult r = DatasetShrinker.of(SubjectSelection.teams(a.kind(), b.kind()))
        .shrink(withShared, d -> d.activity("shared").isPresent());

    // both teams are assessed; the first half of the subjects goes first, taking a with it, and
    // the activity stays, credited to b alone
    assertThat(r.dataset().activities()).extracting(Activity::credited)
        .containsExactly(ImmutableList.of(b.id()));
    assertThat(r.dataset().teams()).extracting(Team::id).containsExactly(b.id());
  }

  @Test
  void whatNothingRefersToIsTidiedAway() {
    Activity kept = TINY.activities().get(0);

    Dataset shrunk = DatasetShrinker.of(RESEARCH_GROUPS)
        .shrink(TINY, d -> d.activity(kept.id()).isPresent()).dataset();

    Set<String> people = kept.participants().stream().map(Participant::person)
        .collect(Collectors.toSet());
    TINY.teams().stream().filter(t -> kept.credited().contains(t.id()))
        .forEach(t -> t.members().forEach(m -> people.add(m.person())));
    TINY.exchanges().stream().filter(x -> kept.credited().contains(x.id()))
        .forEach(x -> people.add(x.person()));
    TINY.studentPairings().stream().filter(p -> kept.credited().contains(p.id()))
        .forEach(p -> {
          people.add(p.urban());
          people.add(p.rural());
        });
    TINY.partyPairings().stream().filter(p -> kept.credited().contains(p.id())).forEach(p -> {
      p.memberPairs().forEach(m -> {
        people.add(m.unitMember());
        people.add(m.villageMember());
      });
      p.residentCadre().ifPresent(people::add);
    });
    assertThat(shrunk.people()).extracting(Person::id).containsExactlyInAnyOrderElementsOf(people);
    assertThat(shrunk.schools().size()).isLessThanOrEqualTo(TINY.schools().size());
    assertThat(shrunk.validate()).isEmpty();
  }

  @Test
  void aCommunityTheSelectionIsWithinIsNeverDropped() {
    SubjectSelection withinC1 = SubjectSelection.builder()
        .addTeamKinds(TeamKind.SUBJECT_RESEARCH_GROUP).addWithin("c1").build();

    ShrinkResult r = DatasetShrinker.of(withinC1).shrink(TINY, watched(d -> true));

    // every group and activity goes, and the community, which nothing else refers to then, stays
    assertThat(r.dataset().teams()).isEmpty();
    assertThat(r.dataset().activities()).isEmpty();
    assertThat(r.dataset().communities()).extracting(Community::id).containsExactly("c1");
    assertThat(seen).allSatisfy(d -> assertThat(d.community("c1")).isPresent());
    // without within the same failure keeps no community
    assertThat(DatasetShrinker.of(RESEARCH_GROUPS).shrink(TINY, d -> true).dataset().communities())
        .isEmpty();
  }

  @Test
  void theBoundOnStepsIsKept() {
    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).withMaxSteps(4)
        .shrink(TINY, watched(d -> d.activities().size() >= 10));

    assertThat(r.steps()).isEqualTo(4);
    assertThat(r.exhausted()).isTrue();
    assertThat(seen.size()).isLessThanOrEqualTo(4);
    assertThat(r.dataset().activities().size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void noStepsGivesTheDatasetBack() {
    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).withMaxSteps(0)
        .shrink(TINY, watched(d -> true));

    assertThat(r.dataset()).isSameAs(TINY);
    assertThat(r.steps()).isZero();
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> DatasetShrinker.of(RESEARCH_GROUPS).withMaxSteps(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailureThatNeedsEveryActivityKeepsEveryActivity() {
    int activities = TINY.activities().size();
    int teams = TINY.teams().size();

    ShrinkResult r = DatasetShrinker.of(RESEARCH_GROUPS).shrink(TINY, watched(d ->
        d.activities().size() == activities && d.teams().size() == teams));

    assertThat(r.dataset().activities()).isEqualTo(TINY.activities());
    assertThat(r.dataset().teams()).isEqualTo(TINY.teams());
    // what the failure does not need goes: score records, pairings, exchanges
    assertThat(r.dataset().scores()).isEmpty();
  }
}
