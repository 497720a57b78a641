package dev.huzhu.evaluation.subject;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.score.ScoreRecord;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One group a policy assesses (考核对象), as the engine sees it: its id and label, its members with
 * the role each carries into bundling, the score records that are its outcome (a team's score
 * units), and for an exchange the exchange itself (its term and person).
 *
 * <p>Members: a team's members keep their team role; a party pairing's unit members (from its
 * member pairs) are {@code MEMBER}s and its resident cadre (驻村专人) is its {@code LEADER}; an
 * exchange's person is its one {@code MEMBER}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessedSubject {
  public abstract String id();

  public abstract SubjectKind kind();

  /** A readable name: the team's name, the village, the exchanged person. */
  public abstract String label();

  /** The members: leader or host first, then deputies, then members, by person id within a role. */
  public abstract ImmutableList<SubjectMember> members();

  /**
   * The score records of the subject's units: for a team, the records of its members' schools and
   * of the schools its deputies represent, restricted to the team's grade and subject when it has
   * them. Empty for other subjects.
   */
  public abstract ImmutableList<ScoreRecord> scoreRecords();

  public abstract Optional<Exchange> exchange();

  /** For a party pairing, whether it is a professional match (专业对口); false otherwise. */
  @Value.Default
  public boolean professionalMatch() {
    return false;
  }

  public static ImmutableAssessedSubject.Builder builder() {
    return ImmutableAssessedSubject.builder();
  }
}
