package dev.huzhu.evaluation.subject;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.score.ScoreRecord;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One subject a policy assesses (考核对象), as the engine sees it: its id and label, its members with
 * the role each carries into bundling, the score records that are its outcome (its score units),
 * for an exchange the exchange itself (its term and person), which activities reach it, and for a
 * school or community its schools and teachers.
 *
 * <p>Members: a team's members keep their team role; a party pairing's unit members (from its
 * member pairs) are {@code MEMBER}s and its resident cadre (驻村专人) is its {@code LEADER}; an
 * exchange's person is its one {@code MEMBER}; schools, communities and pupil pairings have none.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessedSubject {
  public abstract String id();

  public abstract SubjectKind kind();

  /**
   * A readable name: the team's name, the village, the exchanged person, the school's or
   * community's name; a pupil pairing's id (never a pupil's name).
   */
  public abstract String label();

  /** The members: leader or host first, then deputies, then members, by person id within a role. */
  public abstract ImmutableList<SubjectMember> members();

  /**
   * The score records of the subject's units, by key: for a team, the records of its members'
   * schools and of the schools its deputies represent, restricted to the team's grade and subject
   * when it has them; a school's own records; a community's schools' records (core and members).
   * Empty for other subjects.
   */
  public abstract ImmutableList<ScoreRecord> scoreRecords();

  public abstract Optional<Exchange> exchange();

  /**
   * The ids whose crediting brings an activity to the subject: its own id, and for a community
   * its schools, teams, the exchanges from or to its schools and the pupil pairings with a pupil
   * at one of them.
   */
  public abstract ImmutableSet<String> creditedVia();

  /** The schools whose hosting brings an activity to the subject: a school itself, a community's schools. */
  public abstract ImmutableSet<String> hostedAt();

  /** A school's id, or a community's core school then its member schools; empty otherwise. */
  public abstract ImmutableList<String> schools();

  /** A community's core school (核心学校). */
  public abstract Optional<String> coreSchool();

  /**
   * The teachers of a school or community: the people of its schools who hold the role
   * {@code TEACHER}, by id; empty for other subjects.
   */
  public abstract ImmutableList<String> teachers();

  /** Those of {@link #teachers()} who are backbone (骨干) or famous (名师) teachers. */
  public abstract ImmutableSet<String> backboneTeachers();

  /** The exchanges of {@link #teachers()}, every kind and term, by id. */
  public abstract ImmutableList<Exchange> teacherExchanges();

  /** For a party pairing, whether it is a professional match (专业对口); false otherwise. */
  @Value.Default
  public boolean professionalMatch() {
    return false;
  }

  public static ImmutableAssessedSubject.Builder builder() {
    return ImmutableAssessedSubject.builder();
  }
}
