package dev.huzhu.evaluation;

import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.ImmutableAwardResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What follows the totals (SPEC §3.4–3.5): order, rank, awards. */
final class Outcomes {
  private Outcomes() {}

  /** Total descending, then each section's points in declared order descending, then id. */
  static final Comparator<SubjectResult> ORDER = (a, b) -> {
    int c = b.total().compareTo(a.total());
    for (int s = 0; c == 0 && s < a.sections().size(); s++) {
      c = b.sections().get(s).points().compareTo(a.sections().get(s).points());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /** Competition rank on the total alone: 1, 2, 2, 4. */
  static int rank(List<SubjectResult> ordered, int i) {
    BigDecimal total = ordered.get(i).total();
    int r = i;
    while (r > 0 && ordered.get(r - 1).total().compareTo(total) == 0) {
      r--;
    }
    return r + 1;
  }

  /** An award's winners; vetoed subjects and their people never win. */
  static AwardResult award(Award award, int awardIndex, List<SubjectResult> ordered,
      Map<String, Map<String, Accumulator[]>> individual, List<LogMeasure> individualMeasures,
      List<Integer> individualSlot) {
    List<SubjectResult> selected = new ArrayList<>();
    for (SubjectResult s : ordered) {
      if (!s.vetoed() && (award.grades().isEmpty() || s.grade().filter(award.grades()::contains).isPresent())) {
        selected.add(s);
      }
    }
    if (award.top().isPresent() && selected.size() > award.top().get()) {
      selected = selected.subList(0, award.top().get());
    }
    ImmutableAwardResult.Builder result = AwardResult.builder().id(award.id()).label(award.label())
        .forPeople(award.isForPeople());
    selected.forEach(s -> result.addSubjects(s.id()));
    if (award.isForPeople()) {
      for (SubjectResult s : selected) {
        List<SubjectMember> members = new ArrayList<>(s.members());
        members.sort(Comparator.comparing(SubjectMember::person));
        for (SubjectMember m : members) {
          if (!award.roles().contains(m.role())) {
            continue;
          }
          Optional<BigDecimal> value = Optional.empty();
          if (award.individual().isPresent()) {
            int slot = individualSlot.get(awardIndex);
            Accumulator acc = individual.get(s.id()).get(m.person())[slot];
            RawValue raw = individualMeasures.get(slot).toRaw(acc);
            value = raw.value();
            BigDecimal atLeast = award.individual().get().atLeast();
            if (value.filter(v -> v.compareTo(atLeast) >= 0).isEmpty()) {
              continue;
            }
          }
          result.addPeople(AwardedPerson.builder().person(m.person()).subject(s.id()).role(m.role())
              .value(value).build());
        }
      }
    }
    return result.build();
  }
}
