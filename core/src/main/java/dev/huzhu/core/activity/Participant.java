package dev.huzhu.core.activity;

import dev.huzhu.core.internal.ValueChecks;
import org.immutables.value.Value;

/** A person in an activity, and whether they led it. Immutable and thread-safe. */
@Value.Immutable
public abstract class Participant {
  /** The person's id. */
  @Value.Parameter
  public abstract String person();

  @Value.Parameter
  public abstract ParticipantRole role();

  public static Participant of(String person, ParticipantRole role) {
    return ImmutableParticipant.of(person, role);
  }

  /** The one who led. */
  public static Participant lead(String person) {
    return of(person, ParticipantRole.LEAD);
  }

  /** Someone who took part. */
  public static Participant participant(String person) {
    return of(person, ParticipantRole.PARTICIPANT);
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("person", person());
  }
}
