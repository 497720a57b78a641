package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * 捆绑: how a subject's total flows to each member — {@code round2(total × coefficient of their
 * role)} — and what a person in several subjects receives. A role without a coefficient receives
 * 0, and the personal list shows that coefficient. {@link #personalPoints(List, Dataset)} holds
 * the whole rule. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bundling {
  public abstract ImmutableMap<TeamRole, BigDecimal> coefficients();

  @Value.Default
  public Combination combination() {
    return Combination.MAX;
  }

  public static ImmutableBundling.Builder builder() {
    return ImmutableBundling.builder();
  }

  /** The coefficient of a role; 0 when the policy gives none. */
  public BigDecimal coefficient(TeamRole role) {
    return coefficients().getOrDefault(role, BigDecimal.ZERO);
  }

  /** What a subject's total passes to a member in this role: round2(total × coefficient), half-up. */
  public BigDecimal points(BigDecimal total, TeamRole role) {
    return Decimals.points(total.multiply(coefficient(role)));
  }

  /**
   * The personal list (评优晋级 priority): every member of the subjects, with one source per
   * subject they belong to (in the first role the subject lists them in), in the order the
   * subjects are given; their points are the largest of their sources' points, or the sum under
   * {@link Combination#SUM}. Ordered by points descending, then person id. A person's name is
   * given when the dataset knows it and may show it (never a student's or a parent's).
   */
  public ImmutableList<PersonalPoints> personalPoints(List<? extends SubjectResult> subjects,
      Dataset dataset) {
    Map<String, List<PointSource>> sources = new TreeMap<>();
    for (SubjectResult subject : subjects) {
      Map<String, SubjectMember> once = new LinkedHashMap<>();
      subject.members().forEach(m -> once.putIfAbsent(m.person(), m));
      for (SubjectMember m : once.values()) {
        sources.computeIfAbsent(m.person(), p -> new ArrayList<>()).add(PointSource.builder()
            .subject(subject.id()).role(m.role()).total(subject.total())
            .coefficient(coefficient(m.role())).points(points(subject.total(), m.role())).build());
      }
    }
    List<PersonalPoints> people = new ArrayList<>();
    sources.forEach((person, from) -> {
      Optional<String> name = dataset.person(person).filter(Person::isNameable).map(Person::name);
      people.add(PersonalPoints.builder().person(person).name(name).points(combine(from))
          .sources(from).build());
    });
    people.sort(Comparator.comparing(PersonalPoints::points).reversed()
        .thenComparing(PersonalPoints::person));
    return ImmutableList.copyOf(people);
  }

  /** A person's points from their sources, with 2 places. */
  private BigDecimal combine(List<PointSource> sources) {
    Stream<BigDecimal> points = sources.stream().map(PointSource::points);
    return Decimals.points(switch (combination()) {
      case MAX -> points.max(BigDecimal::compareTo).orElseThrow();
      case SUM -> points.reduce(BigDecimal.ZERO, BigDecimal::add);
    });
  }
}
