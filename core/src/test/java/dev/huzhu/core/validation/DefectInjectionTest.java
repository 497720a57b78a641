package dev.huzhu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ImmutableExchange;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.ImmutableMemberPair;
import dev.huzhu.core.pairing.ImmutablePartyPairing;
import dev.huzhu.core.pairing.ImmutableStudentPairing;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.core.team.ImmutableTeam;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation property: take a valid generated dataset, inject exactly one defect, and
 * validation reports exactly that defect — its code and path — and nothing else.
 *
 * <p>Each defect picks the element it spoils with a random seeded by the dataset's seed, so over
 * the seeds it lands on different schools, teams, pairings, activities and records.
 */
class DefectInjectionTest {

  /** A spoiled dataset and the one problem validation must report for it. */
  record Injected(Dataset dataset, CoreProblemCode code, String path) {}

  /** A defect: from a valid dataset and a random, a spoiled dataset and its expected problem. */
  record Defect(String name, BiFunction<Dataset, SplittableRandom, Injected> inject) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<Long, Dataset> GENERATED = new HashMap<>();

  static synchronized Dataset generated(long seed) {
    return GENERATED.computeIfAbsent(seed, s -> SyntheticDatasets.generate(s, Scale.small()).dataset());
  }

  static Stream<Arguments> seedsAndDefects() {
    return LongStream.rangeClosed(1, 12).boxed()
        .flatMap(seed -> DEFECTS.stream().map(d -> Arguments.of(seed, d)));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("seedsAndDefects")
  void validationReportsExactlyTheInjectedDefect(long seed, Defect defect) {
    Dataset valid = generated(seed);
    assertThat(valid.validate()).as("seed %d before injection", seed).isEmpty();
    Injected injected = defect.inject().apply(valid, new SplittableRandom(seed));
    List<Problem> problems = injected.dataset().validate();
    assertThat(problems.stream().map(p -> p.code() + " at " + p.path()).collect(Collectors.toList()))
        .as("seed %d, %s: %s", seed, defect, problems)
        .containsExactly(injected.code() + " at " + injected.path());
    assertThat(problems.get(0).message()).as("seed %d: the message is not empty", seed).isNotBlank();
  }

  // ---------------------------------------------------------------- the defects

  static final List<Defect> DEFECTS = List.of(
      new Defect("duplicate structural id", (d, r) -> {
        School s = pick(d.schools(), r);
        PartyBranch clash = village(s.id());
        return new Injected(copy(d).addPartyBranches(clash).build(), CoreProblemCode.DUPLICATE_ID,
            "partyBranches[" + d.partyBranches().size() + "].id");
      }),
      new Defect("duplicate activity id", (d, r) -> {
        Activity a = pick(d.activities(), r);
        Activity twin = ImmutableActivity.copyOf(a).withFollowUpOf(java.util.Optional.empty());
        return new Injected(copy(d).addActivities(twin).build(), CoreProblemCode.DUPLICATE_ID,
            "activities[" + d.activities().size() + "].id");
      }),
      new Defect("activity credited to an unknown group", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        Activity spoiled = ImmutableActivity.copyOf(a).withCredited("g-nowhere");
        return new Injected(withActivity(d, i, spoiled), CoreProblemCode.UNKNOWN_REFERENCE,
            "activities[" + i + "].credited[0]");
      }),
      new Defect("activity credited to nothing", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity spoiled = ImmutableActivity.copyOf(d.activities().get(i)).withCredited(List.of());
        return new Injected(withActivity(d, i, spoiled), CoreProblemCode.NOT_CREDITED,
            "activities[" + i + "].credited");
      }),
      new Defect("activity credited twice to one group", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        Activity spoiled = ImmutableActivity.copyOf(a).withCredited(ImmutableList.<String>builder()
            .addAll(a.credited()).add(a.credited().get(0)).build());
        return new Injected(withActivity(d, i, spoiled), CoreProblemCode.DUPLICATE_REFERENCE,
            "activities[" + i + "].credited[" + a.credited().size() + "]");
      }),
      new Defect("a participant listed twice", (d, r) -> {
        int i = index(d.activities(), a -> !a.participants().isEmpty(), r);
        Activity a = d.activities().get(i);
        Activity spoiled = ImmutableActivity.copyOf(a).withParticipants(
            ImmutableList.<dev.huzhu.core.activity.Participant>builder().addAll(a.participants())
                .add(a.participants().get(0)).build());
        return new Injected(withActivity(d, i, spoiled), CoreProblemCode.DUPLICATE_REFERENCE,
            "activities[" + i + "].participants[" + a.participants().size() + "].person");
      }),
      new Defect("a deputy representing their own school", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.SUBJECT_RESEARCH_GROUP, r);
        Team team = d.teams().get(t);
        int m = index(team.members(), x -> x.role() == TeamRole.DEPUTY, r);
        Membership deputy = team.members().get(m);
        String own = d.person(deputy.person()).flatMap(Person::school).orElseThrow();
        Membership spoiled = Membership.builder().person(deputy.person()).role(TeamRole.DEPUTY)
            .represents(deputy.represents()).addRepresents(own).build();
        return new Injected(withTeam(d, t, ImmutableTeam.copyOf(team)
            .withMembers(replace(team.members(), m, spoiled))), CoreProblemCode.DUPLICATE_REFERENCE,
            "teams[" + t + "].members[" + m + "].represents[" + deputy.represents().size() + "]");
      }),
      new Defect("activity hosted by an unknown school", (d, r) -> {
        int i = index(d.activities(), a -> a.host().isPresent(), r);
        Activity spoiled = ImmutableActivity.copyOf(d.activities().get(i)).withHost("s-nowhere");
        return new Injected(withActivity(d, i, spoiled), CoreProblemCode.UNKNOWN_REFERENCE,
            "activities[" + i + "].host");
      }),
      new Defect("score record of an unknown school", (d, r) -> {
        int i = r.nextInt(d.scores().size());
        ScoreRecord spoiled = ImmutableScoreRecord.copyOf(d.scores().get(i)).withSchool("s-nowhere");
        return new Injected(withScore(d, i, spoiled), CoreProblemCode.UNKNOWN_REFERENCE,
            "scores[" + i + "].school");
      }),
      new Defect("core school listed as a member", (d, r) -> {
        int c = r.nextInt(d.communities().size());
        Community community = d.communities().get(c);
        Community spoiled = ImmutableCommunity.copyOf(community).withMembers(
            ImmutableList.<String>builder().addAll(community.members()).add(community.core()).build());
        return new Injected(withCommunity(d, c, spoiled), CoreProblemCode.CORE_SCHOOL_AS_MEMBER,
            "communities[" + c + "].members[" + community.members().size() + "]");
      }),
      new Defect("member school listed twice", (d, r) -> {
        int c = r.nextInt(d.communities().size());
        Community community = d.communities().get(c);
        Community spoiled = ImmutableCommunity.copyOf(community).withMembers(ImmutableList.<String>builder()
            .addAll(community.members()).add(pick(community.members(), r)).build());
        return new Injected(withCommunity(d, c, spoiled), CoreProblemCode.DUPLICATE_MEMBER_SCHOOL,
            "communities[" + c + "].members[" + community.members().size() + "]");
      }),
      new Defect("community ended before it was established", (d, r) -> {
        int c = r.nextInt(d.communities().size());
        Community community = d.communities().get(c);
        Community spoiled = ImmutableCommunity.copyOf(community)
            .withEnded(community.established().minusDays(1));
        return new Injected(withCommunity(d, c, spoiled), CoreProblemCode.ENDED_BEFORE_ESTABLISHED,
            "communities[" + c + "].ended");
      }),
      new Defect("a school in two communities at once", (d, r) -> {
        Community community = pick(d.communities(), r);
        String member = pick(community.members(), r);
        Community rival = Community.builder().id("c-rival").name("另一个共同体").core(member)
            .addMembers("s-newcomer").formation(dev.huzhu.core.community.Formation.VOLUNTARY)
            .established(community.established().plusDays(30)).build();
        return new Injected(copy(d).addSchools(school("s-newcomer", Locality.VILLAGE))
            .addCommunities(rival).build(), CoreProblemCode.SCHOOL_IN_TWO_COMMUNITIES,
            "communities[" + d.communities().size() + "].core");
      }),
      new Defect("a team member from outside the community", (d, r) -> {
        int t = r.nextInt(d.teams().size());
        Team team = d.teams().get(t);
        Person outsider = teacher("p-outsider", "s-outsider");
        Team spoiled = ImmutableTeam.copyOf(team).withMembers(ImmutableList.<Membership>builder()
            .addAll(team.members()).add(Membership.of(outsider.id(), TeamRole.MEMBER)).build());
        return new Injected(withTeam(copy(d).addSchools(school("s-outsider", Locality.VILLAGE))
            .addPeople(outsider).build(), t, spoiled), CoreProblemCode.MEMBER_OUTSIDE_COMMUNITY,
            "teams[" + t + "].members[" + team.members().size() + "].person");
      }),
      new Defect("a team member who does not exist", (d, r) -> {
        int t = r.nextInt(d.teams().size());
        Team team = d.teams().get(t);
        Team spoiled = ImmutableTeam.copyOf(team).withMembers(ImmutableList.<Membership>builder()
            .addAll(team.members()).add(Membership.of("p-ghost", TeamRole.MEMBER)).build());
        return new Injected(withTeam(d, t, spoiled), CoreProblemCode.UNKNOWN_REFERENCE,
            "teams[" + t + "].members[" + team.members().size() + "].person");
      }),
      new Defect("a person listed twice in a team", (d, r) -> {
        int t = r.nextInt(d.teams().size());
        Team team = d.teams().get(t);
        Team spoiled = ImmutableTeam.copyOf(team).withMembers(ImmutableList.<Membership>builder()
            .addAll(team.members()).add(Membership.of(pick(team.members(), r).person(), TeamRole.MEMBER))
            .build());
        return new Injected(withTeam(d, t, spoiled), CoreProblemCode.DUPLICATE_TEAM_MEMBER,
            "teams[" + t + "].members[" + team.members().size() + "].person");
      }),
      new Defect("two leaders", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.LEADERSHIP_GROUP, r);
        Team team = d.teams().get(t);
        int m = index(team.members(), x -> x.role() == TeamRole.MEMBER, r);
        return new Injected(withTeam(d, t, withRole(team, m, TeamRole.LEADER)),
            CoreProblemCode.LEADER_COUNT, "teams[" + t + "].members");
      }),
      new Defect("no leader or host", (d, r) -> {
        int t = r.nextInt(d.teams().size());
        Team team = d.teams().get(t);
        int m = index(team.members(), x -> x.role().isLead(), r);
        return new Injected(withTeam(d, t, withRole(team, m, TeamRole.MEMBER)),
            CoreProblemCode.LEADER_COUNT, "teams[" + t + "].members");
      }),
      new Defect("a research group led from a member school", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.SUBJECT_RESEARCH_GROUP, r);
        Team team = d.teams().get(t);
        int leader = index(team.members(), x -> x.role() == TeamRole.LEADER, r);
        int deputy = index(team.members(), x -> x.role() == TeamRole.DEPUTY, r);
        Team spoiled = withRole(withRole(team, leader, TeamRole.MEMBER), deputy, TeamRole.LEADER);
        spoiled = ImmutableTeam.copyOf(spoiled).withMembers(spoiled.members().stream()
            .map(x -> x.role() == TeamRole.LEADER ? Membership.of(x.person(), TeamRole.LEADER) : x)
            .collect(ImmutableList.toImmutableList()));
        return new Injected(withTeam(d, t, spoiled), CoreProblemCode.LEADER_NOT_FROM_CORE_SCHOOL,
            "teams[" + t + "].members[" + deputy + "].person");
      }),
      new Defect("a deputy from the core school", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.SUBJECT_RESEARCH_GROUP, r);
        Team team = d.teams().get(t);
        Community c = d.community(team.community()).orElseThrow();
        int m = index(team.members(), x -> x.role() == TeamRole.MEMBER
            && d.person(x.person()).flatMap(Person::school).orElseThrow().equals(c.core()), r);
        return new Injected(withTeam(d, t, withRole(team, m, TeamRole.DEPUTY)),
            CoreProblemCode.DEPUTY_NOT_FROM_MEMBER_SCHOOL, "teams[" + t + "].members[" + m + "].person");
      }),
      new Defect("two deputies from one school", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.SUBJECT_RESEARCH_GROUP, r);
        Team team = d.teams().get(t);
        Membership deputy = pick(team.members().stream().filter(x -> x.role() == TeamRole.DEPUTY)
            .collect(Collectors.toList()), r);
        String school = d.person(deputy.person()).flatMap(Person::school).orElseThrow();
        Person second = teacher("p-second-deputy", school);
        Team spoiled = ImmutableTeam.copyOf(team).withMembers(ImmutableList.<Membership>builder()
            .addAll(team.members()).add(Membership.of(second.id(), TeamRole.DEPUTY)).build());
        return new Injected(withTeam(copy(d).addPeople(second).build(), t, spoiled),
            CoreProblemCode.TWO_DEPUTIES_FROM_ONE_SCHOOL,
            "teams[" + t + "].members[" + team.members().size() + "]");
      }),
      new Defect("an exchange to the same school", (d, r) -> {
        int x = index(d.exchanges(), e -> d.school(e.from()).isPresent(), r);
        Exchange e = d.exchanges().get(x);
        return new Injected(withExchange(d, x, ImmutableExchange.copyOf(e).withTo(e.from())),
            CoreProblemCode.EXCHANGE_TO_SAME_PLACE, "exchanges[" + x + "].to");
      }),
      new Defect("an exchange from a school the person does not belong to", (d, r) -> {
        int x = index(d.exchanges(), e -> d.school(e.from()).isPresent(), r);
        Exchange e = d.exchanges().get(x);
        return new Injected(withExchange(copy(d).addSchools(school("s-elsewhere", Locality.VILLAGE))
            .build(), x, ImmutableExchange.copyOf(e).withFrom("s-elsewhere")),
            CoreProblemCode.EXCHANGE_NOT_FROM_HOME, "exchanges[" + x + "].person");
      }),
      new Defect("a research group led by someone who does not teach", (d, r) -> {
        int t = index(d.teams(), team -> team.kind() == TeamKind.SUBJECT_RESEARCH_GROUP, r);
        Team team = d.teams().get(t);
        Community c = d.community(team.community()).orElseThrow();
        int leader = index(team.members(), x -> x.role() == TeamRole.LEADER, r);
        Person clerk = Person.builder().id("p-clerk").name("办公室主任").addRoles(PersonRole.MIDDLE_MANAGER)
            .school(c.core()).build();
        Team spoiled = ImmutableTeam.copyOf(team).withMembers(
            replace(team.members(), leader, Membership.of(clerk.id(), TeamRole.LEADER)));
        return new Injected(withTeam(copy(d).addPeople(clerk).build(), t, spoiled),
            CoreProblemCode.WRONG_PERSON_ROLE, "teams[" + t + "].members[" + leader + "].person");
      }),
      new Defect("an inverted exchange term", (d, r) -> {
        int x = r.nextInt(d.exchanges().size());
        Exchange e = d.exchanges().get(x);
        return new Injected(withExchange(d, x, ImmutableExchange.copyOf(e).withEnd(e.start().minusDays(1))),
            CoreProblemCode.INVERTED_TERM, "exchanges[" + x + "].end");
      }),
      new Defect("an exchange from an unknown school", (d, r) -> {
        int x = r.nextInt(d.exchanges().size());
        Exchange e = d.exchanges().get(x);
        return new Injected(withExchange(d, x, ImmutableExchange.copyOf(e).withFrom("s-nowhere")),
            CoreProblemCode.UNKNOWN_REFERENCE, "exchanges[" + x + "].from");
      }),
      new Defect("a student pairing whose urban pupil is rural", (d, r) -> {
        int p = r.nextInt(d.studentPairings().size());
        StudentPairing pairing = d.studentPairings().get(p);
        String ruralSchool = d.person(pairing.rural()).flatMap(Person::school).orElseThrow();
        Person pupil = Person.builder().id("p-misplaced").name("某同学").addRoles(PersonRole.STUDENT)
            .school(ruralSchool).build();
        return new Injected(withStudentPairing(copy(d).addPeople(pupil).build(), p,
            ImmutableStudentPairing.copyOf(pairing).withUrban(pupil.id())),
            CoreProblemCode.PAIRING_NOT_URBAN_RURAL, "studentPairings[" + p + "].urban");
      }),
      new Defect("a teacher where a pupil is needed", (d, r) -> {
        int p = r.nextInt(d.studentPairings().size());
        StudentPairing pairing = d.studentPairings().get(p);
        String urbanSchool = d.person(pairing.urban()).flatMap(Person::school).orElseThrow();
        Person adult = teacher("p-adult", urbanSchool);
        return new Injected(withStudentPairing(copy(d).addPeople(adult).build(), p,
            ImmutableStudentPairing.copyOf(pairing).withUrban(adult.id())),
            CoreProblemCode.WRONG_PERSON_ROLE, "studentPairings[" + p + "].urban");
      }),
      new Defect("a party pairing with four unit branches", (d, r) -> {
        int p = r.nextInt(d.partyPairings().size());
        PartyPairing pairing = d.partyPairings().get(p);
        ImmutableDataset.Builder b = copy(d);
        List<String> units = new ArrayList<>(pairing.units());
        for (int k = 1; units.size() < 4; k++) {
          PartyBranch extra = unit("b-extra" + k);
          b.addPartyBranches(extra);
          units.add(extra.id());
        }
        return new Injected(withPartyPairing(b.build(), p,
            ImmutablePartyPairing.copyOf(pairing).withUnits(units)),
            CoreProblemCode.UNIT_BRANCH_COUNT, "partyPairings[" + p + "].units");
      }),
      new Defect("a party pairing naming a unit twice", (d, r) -> {
        PartyBranch unit = pick(d.partyBranches().stream().filter(b -> b.kind() == BranchKind.COUNTY_UNIT)
            .collect(Collectors.toList()), r);
        PartyPairing twice = PartyPairing.builder().id("pp-twice").village("b-vnew")
            .addUnits(unit.id(), unit.id()).build();
        return new Injected(copy(d).addPartyBranches(village("b-vnew")).addPartyPairings(twice).build(),
            CoreProblemCode.DUPLICATE_UNIT_BRANCH, "partyPairings[" + d.partyPairings().size() + "].units[1]");
      }),
      new Defect("a village branch where a unit is needed", (d, r) -> {
        PartyPairing wrong = PartyPairing.builder().id("pp-wrong").village("b-vnew")
            .addUnits("b-vnew2").build();
        return new Injected(copy(d).addPartyBranches(village("b-vnew"), village("b-vnew2"))
            .addPartyPairings(wrong).build(), CoreProblemCode.WRONG_BRANCH_KIND,
            "partyPairings[" + d.partyPairings().size() + "].units[0]");
      }),
      new Defect("a villager of another village in a member pair", (d, r) -> {
        int p = r.nextInt(d.partyPairings().size());
        PartyPairing pairing = d.partyPairings().get(p);
        Person stranger = Person.builder().id("p-stranger").name("外村村民").addRoles(PersonRole.VILLAGER)
            .unit("b-elsewhere").build();
        int m = r.nextInt(pairing.memberPairs().size());
        List<dev.huzhu.core.pairing.MemberPair> pairs = new ArrayList<>(pairing.memberPairs());
        pairs.set(m, ImmutableMemberPair.copyOf(pairs.get(m)).withVillageMember(stranger.id()));
        return new Injected(withPartyPairing(copy(d).addPartyBranches(village("b-elsewhere"))
            .addPeople(stranger).build(), p, ImmutablePartyPairing.copyOf(pairing).withMemberPairs(pairs)),
            CoreProblemCode.PERSON_OUTSIDE_PAIRING,
            "partyPairings[" + p + "].memberPairs[" + m + "].villageMember");
      }),
      new Defect("a negative quantity", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        return new Injected(withActivity(d, i, withQuantity(a, Quantity.LESSONS, new BigDecimal("-1"))),
            CoreProblemCode.NEGATIVE_QUANTITY, "activities[" + i + "].quantities.lessons");
      }),
      new Defect("a rating above 100", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        return new Injected(withActivity(d, i, withQuantity(a, Quantity.RATING, new BigDecimal("100.5"))),
            CoreProblemCode.QUANTITY_OUT_OF_RANGE, "activities[" + i + "].quantities.rating");
      }),
      new Defect("a count that is not whole", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        return new Injected(withActivity(d, i, withQuantity(a, Quantity.MATERIALS, new BigDecimal("1.5"))),
            CoreProblemCode.QUANTITY_OUT_OF_RANGE, "activities[" + i + "].quantities.materials");
      }),
      new Defect("a follow-up of a later activity", (d, r) -> {
        List<Activity> log = d.activities();
        int earliest = IntStream.range(0, log.size()).boxed()
            .min(Comparator.comparing((Integer i) -> log.get(i).date()).thenComparing(i -> i)).orElseThrow();
        Activity latest = log.stream().max(Comparator.comparing(Activity::date)).orElseThrow();
        assertThat(latest.date()).isAfter(log.get(earliest).date());
        return new Injected(withActivity(d, earliest,
            ImmutableActivity.copyOf(log.get(earliest)).withFollowUpOf(latest.id())),
            CoreProblemCode.FOLLOW_UP_OF_LATER_ACTIVITY, "activities[" + earliest + "].followUpOf");
      }),
      new Defect("a follow-up of itself", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        return new Injected(withActivity(d, i, ImmutableActivity.copyOf(a).withFollowUpOf(a.id())),
            CoreProblemCode.FOLLOW_UP_OF_ITSELF, "activities[" + i + "].followUpOf");
      }),
      new Defect("a follow-up of an unknown activity", (d, r) -> {
        int i = r.nextInt(d.activities().size());
        Activity a = d.activities().get(i);
        return new Injected(withActivity(d, i, ImmutableActivity.copyOf(a).withFollowUpOf("a-nowhere")),
            CoreProblemCode.UNKNOWN_REFERENCE, "activities[" + i + "].followUpOf");
      }),
      new Defect("a mean above the full mark", (d, r) -> {
        int i = r.nextInt(d.scores().size());
        ScoreRecord s = d.scores().get(i);
        return new Injected(withScore(d, i, ImmutableScoreRecord.copyOf(s)
            .withMean(s.fullMark().add(new BigDecimal("0.01")))),
            CoreProblemCode.SCORE_OUT_OF_RANGE, "scores[" + i + "].mean");
      }),
      new Defect("no students", (d, r) -> {
        int i = r.nextInt(d.scores().size());
        return new Injected(withScore(d, i, ImmutableScoreRecord.copyOf(d.scores().get(i)).withStudents(0)),
            CoreProblemCode.SCORE_OUT_OF_RANGE, "scores[" + i + "].students");
      }),
      new Defect("a pass rate given as a percentage", (d, r) -> {
        int i = r.nextInt(d.scores().size());
        return new Injected(withScore(d, i, ImmutableScoreRecord.copyOf(d.scores().get(i))
            .withPassRate(new BigDecimal("85"))),
            CoreProblemCode.SCORE_OUT_OF_RANGE, "scores[" + i + "].passRate");
      }),
      new Defect("a score record given twice", (d, r) -> {
        ScoreRecord s = pick(d.scores(), r);
        return new Injected(copy(d).addScores(s).build(), CoreProblemCode.DUPLICATE_SCORE_RECORD,
            "scores[" + d.scores().size() + "]");
      }),
      new Defect("a person of an unknown school", (d, r) -> {
        Person p = Person.builder().id("p-lost").name("王明").addRoles(PersonRole.TEACHER)
            .school("s-nowhere").build();
        return new Injected(copy(d).addPeople(p).build(), CoreProblemCode.UNKNOWN_REFERENCE,
            "people[" + d.people().size() + "].school");
      }));

  // ---------------------------------------------------------------- helpers

  static ImmutableDataset.Builder copy(Dataset d) {
    return ImmutableDataset.builder().copyFrom(d);
  }

  static <T> T pick(List<T> values, SplittableRandom r) {
    return values.get(r.nextInt(values.size()));
  }

  static <T> int index(List<T> values, java.util.function.Predicate<T> which, SplittableRandom r) {
    int[] matching = IntStream.range(0, values.size()).filter(i -> which.test(values.get(i))).toArray();
    assertThat(matching).as("the dataset has an element to spoil").isNotEmpty();
    return matching[r.nextInt(matching.length)];
  }

  static <T> ImmutableList<T> replace(List<T> values, int i, T value) {
    List<T> copy = new ArrayList<>(values);
    copy.set(i, value);
    return ImmutableList.copyOf(copy);
  }

  static Dataset withActivity(Dataset d, int i, Activity a) {
    return ImmutableDataset.copyOf(d).withActivities(replace(d.activities(), i, a));
  }

  static Dataset withScore(Dataset d, int i, ScoreRecord s) {
    return ImmutableDataset.copyOf(d).withScores(replace(d.scores(), i, s));
  }

  static Dataset withCommunity(Dataset d, int i, Community c) {
    return ImmutableDataset.copyOf(d).withCommunities(replace(d.communities(), i, c));
  }

  static Dataset withTeam(Dataset d, int i, Team t) {
    return ImmutableDataset.copyOf(d).withTeams(replace(d.teams(), i, t));
  }

  static Dataset withExchange(Dataset d, int i, Exchange e) {
    return ImmutableDataset.copyOf(d).withExchanges(replace(d.exchanges(), i, e));
  }

  static Dataset withStudentPairing(Dataset d, int i, StudentPairing p) {
    return ImmutableDataset.copyOf(d).withStudentPairings(replace(d.studentPairings(), i, p));
  }

  static Dataset withPartyPairing(Dataset d, int i, PartyPairing p) {
    return ImmutableDataset.copyOf(d).withPartyPairings(replace(d.partyPairings(), i, p));
  }

  static Team withRole(Team team, int m, TeamRole role) {
    Membership old = team.members().get(m);
    Membership changed = Membership.builder().person(old.person()).role(role)
        .represents(role == TeamRole.DEPUTY ? old.represents() : List.of()).build();
    return ImmutableTeam.copyOf(team).withMembers(replace(team.members(), m, changed));
  }

  static Activity withQuantity(Activity a, Quantity q, BigDecimal value) {
    Map<Quantity, BigDecimal> quantities = new HashMap<>(a.quantities());
    quantities.put(q, value);
    return ImmutableActivity.copyOf(a).withQuantities(ImmutableMap.copyOf(quantities));
  }

  static School school(String id, Locality locality) {
    return School.builder().id(id).name("新" + id).locality(locality).stage(Stage.PRIMARY)
        .county("诸城市").build();
  }

  static Person teacher(String id, String school) {
    return Person.builder().id(id).name("刘老师").addRoles(PersonRole.TEACHER).school(school)
        .addSchoolSubjects(SchoolSubject.MATH).addGrades(3).build();
  }

  static PartyBranch village(String id) {
    return PartyBranch.builder().id(id).name(id + "村党支部").kind(BranchKind.VILLAGE)
        .villageType(VillageType.POOR).build();
  }

  static PartyBranch unit(String id) {
    return PartyBranch.builder().id(id).name(id + "党支部").kind(BranchKind.COUNTY_UNIT)
        .category(DepartmentCategory.OTHER).build();
  }

}
