package dev.huzhu.core.team;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.school.SchoolSubject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team of a community (团队): a 领导小组, 校长工作室, 学科联盟, 中层干部互动团队, 班主任协同团队
 * or 学科中心教研组, with its members and their roles.
 *
 * <p>A subject research group (学科中心教研组) covers one grade and subject and must name both;
 * a subject alliance names its subject. That the team has exactly one leader or host, that a
 * research group's leader teaches at the core school, that each member school sends at most one
 * deputy, and that every member is from the community, are checked by dataset validation.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Team {
  public abstract String id();

  public abstract TeamKind kind();

  /** A display name, e.g. 三年级数学中心教研组. */
  public abstract Optional<String> name();

  /** The id of the community the team belongs to. */
  public abstract String community();

  /** The members, in the order given. */
  public abstract ImmutableList<Membership> members();

  /** For a subject team, its school subject. */
  public abstract Optional<SchoolSubject> schoolSubject();

  /** For a subject team, its grade (1–9). */
  public abstract Optional<Integer> grade();

  public static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }

  /** The school subject and grade the team covers. */
  @Value.Derived
  public TeamScope scope() {
    return TeamScope.of(schoolSubject(), grade());
  }

  /** The leader or host, when the team has exactly one. */
  public Optional<Membership> leader() {
    ImmutableList<Membership> leads = members().stream().filter(m -> m.role().isLead())
        .collect(ImmutableList.toImmutableList());
    return leads.size() == 1 ? Optional.of(leads.get(0)) : Optional.empty();
  }

  /** The ids of the members, in order. */
  public ImmutableList<String> memberIds() {
    return members().stream().map(Membership::person).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    name().ifPresent(n -> ValueChecks.text("name", n));
    ValueChecks.id("community", community());
    grade().ifPresent(g -> ValueChecks.grade("grade", g));
    if (kind().hasSchoolSubject()) {
      ValueChecks.required(schoolSubject().isPresent(), "subject", "for a " + kind());
    } else {
      ValueChecks.notAllowed(schoolSubject().isPresent(), "subject", "for a " + kind());
      ValueChecks.notAllowed(grade().isPresent(), "grade", "for a " + kind());
    }
    if (kind() == TeamKind.SUBJECT_RESEARCH_GROUP) {
      ValueChecks.required(grade().isPresent(), "grade", "for a SUBJECT_RESEARCH_GROUP");
    }
  }
}
