package dev.huzhu.core.school;

import dev.huzhu.core.internal.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school (学校): 靖边六小, 红墩界中心小学, 诸城市实验小学 and the like.
 *
 * <p>A village school may be run by a 中心学校 ({@link #administeredBy()}), as 皇华镇中心学校
 * runs its 14 small schools. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class School {
  /** The school's id, unique in its dataset. */
  public abstract String id();

  public abstract String name();

  public abstract Locality locality();

  public abstract Stage stage();

  /** The county or district (县/区) the school is in. */
  public abstract String county();

  /** The id of the 中心学校 that administers this school, if any. */
  public abstract Optional<String> administeredBy();

  public static ImmutableSchool.Builder builder() {
    return ImmutableSchool.builder();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.text("name", name());
    ValueChecks.text("county", county());
    administeredBy().ifPresent(a -> ValueChecks.id("administeredBy", a));
  }
}
