package dev.huzhu.core.person;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.school.SchoolSubject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person: a teacher, principal or cadre, a party member or villager, a student or parent.
 *
 * <p>A person belongs to a school ({@link #school()}: teachers, students, and parents through
 * their child), to a unit ({@link #unit()}: the id of the party branch of a county unit or village,
 * for cadres, party members and villagers), or to both. Teachers carry the school subjects and grades
 * they teach. Students and parents are minors or their families: reports show them by id only.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
  public abstract String id();

  public abstract String name();

  /** What the person is; at least one. */
  public abstract ImmutableSet<PersonRole> roles();

  /** The id of the person's school. */
  public abstract Optional<String> school();

  /** The id of the party branch of the person's unit or village. */
  public abstract Optional<String> unit();

  /** For teachers, the school subjects they teach. */
  public abstract ImmutableSet<SchoolSubject> schoolSubjects();

  /** For teachers, the grades (1–9) they teach. */
  public abstract ImmutableSet<Integer> grades();

  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /** Whether the person holds the role. */
  public boolean is(PersonRole role) {
    return roles().contains(role);
  }

  /** Whether reports may print this person's name: not for students and parents. */
  public boolean isNameable() {
    return roles().stream().allMatch(PersonRole::isNameable);
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.text("name", name());
    ValueChecks.required(!roles().isEmpty(), "roles", "(a person has at least one role)");
    ValueChecks.required(school().isPresent() || unit().isPresent(), "school",
        "unless a unit is given (a person belongs to a school, a unit, or both)");
    school().ifPresent(s -> ValueChecks.id("school", s));
    unit().ifPresent(u -> ValueChecks.id("unit", u));
    int i = 0;
    for (int g : grades()) {
      ValueChecks.grade("grades[" + i++ + "]", g);
    }
  }
}
