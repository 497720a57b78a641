package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.EnumSet;
import java.util.Set;
import dev.huzhu.core.team.TeamKind;
import org.immutables.value.Value;

/**
 * What a policy assesses (考核对象): teams of the given kinds (the 中心教研组 above all), party
 * pairings (双结对), exchanges of the given kinds (交流教师), schools of the given localities,
 * communities (城乡互助共同体), pupil pairings of the given kinds (手拉手), or a mix: the subjects
 * of every kind selected form one list. At least one must be chosen, which the policy validator
 * checks. {@link #within()} narrows every kind to the subjects of some communities, for a dataset
 * that holds several. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubjectSelection {
  public abstract ImmutableSet<TeamKind> teamKinds();

  /** Whether party pairings are assessed. */
  @Value.Default
  public boolean partyPairings() {
    return false;
  }

  public abstract ImmutableSet<ExchangeKind> exchangeKinds();

  /** The schools of these localities are assessed. */
  public abstract ImmutableSet<Locality> schoolLocalities();

  /** Whether every community is assessed. */
  @Value.Default
  public boolean communities() {
    return false;
  }

  /** The pupil pairings of these kinds (pupils, families) are assessed. */
  public abstract ImmutableSet<StudentPairingKind> studentPairingKinds();

  /**
   * The communities whose subjects are assessed (by id); empty, the default, for every community.
   * When not empty it narrows each selected kind: a team to those whose {@code community} is one
   * of them; a community to those named; a school to those that are the core or a member of one of
   * them; an exchange to those from or to such a school; a pupil pairing to those whose urban or
   * rural pupil (or parent) belongs to such a school. These are the ties by which a community's
   * activities reach it. Party pairings belong to no community, so the policy validator refuses
   * {@code within} together with {@link #partyPairings()}; a community the dataset does not hold
   * is refused when the policy is assessed.
   */
  public abstract ImmutableSet<String> within();

  public static ImmutableSubjectSelection.Builder builder() {
    return ImmutableSubjectSelection.builder();
  }

  /** Teams of these kinds. */
  public static SubjectSelection teams(TeamKind... kinds) {
    return builder().addTeamKinds(kinds).build();
  }

  /** Every party pairing. */
  public static SubjectSelection partyPairingsOnly() {
    return builder().partyPairings(true).build();
  }

  /** Exchanges of these kinds. */
  public static SubjectSelection exchanges(ExchangeKind... kinds) {
    return builder().addExchangeKinds(kinds).build();
  }

  /** The schools of these localities. */
  public static SubjectSelection schools(Locality... localities) {
    return builder().addSchoolLocalities(localities).build();
  }

  /** Every community. */
  public static SubjectSelection communitiesOnly() {
    return builder().communities(true).build();
  }

  /** The pupil pairings of these kinds. */
  public static SubjectSelection studentPairings(StudentPairingKind... kinds) {
    return builder().addStudentPairingKinds(kinds).build();
  }

  /** The kinds of subject selected, in {@link SubjectKind}'s order. */
  public ImmutableSet<SubjectKind> kinds() {
    Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
    if (!teamKinds().isEmpty()) {
      kinds.add(SubjectKind.TEAM);
    }
    if (partyPairings()) {
      kinds.add(SubjectKind.PARTY_PAIRING);
    }
    if (!exchangeKinds().isEmpty()) {
      kinds.add(SubjectKind.EXCHANGE);
    }
    if (!schoolLocalities().isEmpty()) {
      kinds.add(SubjectKind.SCHOOL);
    }
    if (communities()) {
      kinds.add(SubjectKind.COMMUNITY);
    }
    if (!studentPairingKinds().isEmpty()) {
      kinds.add(SubjectKind.STUDENT_PAIRING);
    }
    return ImmutableSet.copyOf(kinds);
  }

  /** Whether nothing at all is selected ({@link #within()} narrows a selection, it selects nothing). */
  public boolean isEmpty() {
    return teamKinds().isEmpty() && !partyPairings() && exchangeKinds().isEmpty()
        && schoolLocalities().isEmpty() && !communities() && studentPairingKinds().isEmpty();
  }
}
