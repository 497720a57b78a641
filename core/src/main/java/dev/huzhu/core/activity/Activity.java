package dev.huzhu.core.activity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.school.SchoolSubject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the activity log (活动记录): what happened on a day, credited to the teams,
 * pairings or exchanges whose work it was.
 *
 * <p>It names who led and who took part, where (a host school, or a place), optionally the school
 * subject and grade, numeric quantities ({@link Quantity}), the earlier delivery it follows up (a
 * 使用指导、监督 of funds or materials), and free tags. A sent lesson may say its
 * {@link Direction}; a 同课异构 preparation its {@link PreparationStage}. Dataset validation
 * checks the references, the quantities' ranges and that a follow-up comes after what it follows.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity {
  public abstract String id();

  public abstract LocalDate date();

  public abstract ActivityKind kind();

  /** The ids of the groups (teams, pairings, exchanges) the activity is credited to. */
  public abstract ImmutableList<String> credited();

  /** The id of the school that hosted it. */
  public abstract Optional<String> host();

  /** Where it took place, when not at a school (王尽美烈士纪念馆, a village). */
  public abstract Optional<String> place();

  public abstract ImmutableList<Participant> participants();

  public abstract Optional<SchoolSubject> schoolSubject();

  public abstract Optional<Integer> grade();

  /** The quantities it carries; absent ones are not zero but absent. */
  public abstract ImmutableMap<Quantity, BigDecimal> quantities();

  /** The id of the earlier activity this one follows up. */
  public abstract Optional<String> followUpOf();

  /** For a sent lesson, which way it went. */
  public abstract Optional<Direction> direction();

  /** For a 同课异构 preparation, which step. */
  public abstract Optional<PreparationStage> preparationStage();

  public abstract ImmutableSet<String> tags();

  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  /** The value of a quantity, if the activity carries it. */
  public Optional<BigDecimal> quantity(Quantity quantity) {
    return Optional.ofNullable(quantities().get(quantity));
  }

  /** The ids of the people who led it, each once. */
  public ImmutableList<String> leads() {
    // a plain loop, not a stream: asked for each subject an activity of a long log reaches
    ImmutableList<Participant> all = participants();
    ImmutableList.Builder<String> leads = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).role() == ParticipantRole.LEAD && !isLeadBefore(all, i)) {
        leads.add(all.get(i).person());
      }
    }
    return leads.build();
  }

  private static boolean isLeadBefore(ImmutableList<Participant> all, int i) {
    String person = all.get(i).person();
    for (int j = 0; j < i; j++) {
      if (all.get(j).role() == ParticipantRole.LEAD && all.get(j).person().equals(person)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.ids("credited", credited());
    host().ifPresent(h -> ValueChecks.id("host", h));
    place().ifPresent(p -> ValueChecks.text("place", p));
    grade().ifPresent(g -> ValueChecks.grade("grade", g));
    followUpOf().ifPresent(f -> ValueChecks.id("followUpOf", f));
    int i = 0;
    for (String tag : tags()) {
      ValueChecks.text("tags[" + i++ + "]", tag);
    }
    ValueChecks.notAllowed(direction().isPresent() && kind() != ActivityKind.SENT_LESSON,
        "direction", "for a " + kind() + " (only a SENT_LESSON has a direction)");
    ValueChecks.notAllowed(preparationStage().isPresent() && kind() != ActivityKind.LESSON_PREPARATION,
        "stage", "for a " + kind() + " (only a LESSON_PREPARATION has a stage)");
  }
}
