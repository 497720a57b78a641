package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.ImmutableAwardResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.immutables.value.Value;

/**
 * An award (评优): of subjects (优秀互助组), selected by band and optionally the top N in order;
 * or, when {@link #roles()} is not empty, of people of those roles in the selected subjects
 * (成绩突出的组长和教师), optionally only those who meet an {@link IndividualCriterion}. A vetoed
 * subject and its people receive no award. {@link #winners} holds the whole rule. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Award {
  public abstract String id();

  public abstract String label();

  /** The ids of the bands whose subjects are selected; empty selects every band. */
  public abstract ImmutableSet<String> bands();

  /** At most this many subjects, the first in order. */
  public abstract Optional<Integer> top();

  /** For an award of people, the roles named; empty for an award of subjects. */
  public abstract ImmutableSet<TeamRole> roles();

  public abstract Optional<IndividualCriterion> individual();

  public static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }

  /** Whether the award names people rather than subjects. */
  public boolean isForPeople() {
    return !roles().isEmpty();
  }

  /**
   * The subjects this award selects, in the order given: those not vetoed whose band is one of
   * {@link #bands()} (any band when empty), at most the first {@link #top()} of them.
   *
   * @param ordered every assessed subject, graded, in the report's order
   */
  public ImmutableList<SubjectResult> select(List<? extends SubjectResult> ordered) {
    List<SubjectResult> selected = new ArrayList<>();
    for (SubjectResult s : ordered) {
      if (!s.vetoed() && (bands().isEmpty() || s.band().filter(bands()::contains).isPresent())) {
        selected.add(s);
      }
    }
    if (top().isPresent() && selected.size() > top().get()) {
      selected = selected.subList(0, top().get());
    }
    return ImmutableList.copyOf(selected);
  }

  /**
   * The award's winners: the subjects it {@linkplain #select selects}; for an award of people,
   * the members of those subjects in one of {@link #roles()}, by subject then person id, and with
   * an {@link #individual()} criterion only those whose raw value meets it.
   *
   * @param ordered every assessed subject, graded, in the report's order
   * @param individualValue a member's raw value for the criterion's measure, over the activities of
   *     the subject that they led; asked only when the award has a criterion
   */
  public AwardResult winners(List<? extends SubjectResult> ordered,
      BiFunction<SubjectResult, SubjectMember, RawValue> individualValue) {
    ImmutableList<SubjectResult> selected = select(ordered);
    ImmutableAwardResult.Builder result = AwardResult.builder().id(id()).label(label())
        .forPeople(isForPeople());
    selected.forEach(s -> result.addSubjects(s.id()));
    if (isForPeople()) {
      for (SubjectResult s : selected) {
        List<SubjectMember> members = new ArrayList<>(s.members());
        members.sort(Comparator.comparing(SubjectMember::person));
        for (SubjectMember m : members) {
          if (!roles().contains(m.role())) {
            continue;
          }
          Optional<BigDecimal> value = Optional.empty();
          if (individual().isPresent()) {
            RawValue raw = individualValue.apply(s, m);
            if (!individual().get().isMetBy(raw)) {
              continue;
            }
            value = raw.value();
          }
          result.addPeople(AwardedPerson.builder().person(m.person()).subject(s.id()).role(m.role())
              .value(value).build());
        }
      }
    }
    return result.build();
  }
}
