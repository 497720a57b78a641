package dev.huzhu.core.synthetic;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.school.SchoolSubject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the activity generator needs to know of one group: who can lead and take part, where its
 * activities happen, which kinds suit it and over which dates.
 */
final class GroupProfile {
  final String id;
  final ImmutableList<ActivityKind> kinds;
  final ImmutableList<String> leads;
  final ImmutableList<String> people;
  final ImmutableList<String> hosts;
  final Optional<String> place;
  final Optional<SchoolSubject> schoolSubject;
  final Optional<Integer> grade;
  final LocalDate first;
  final LocalDate last;
  /** Kinds a record of the group may turn into, drawn apart from the main stream. */
  final ImmutableMap<ActivityKind, ActivityKind> variants;

  GroupProfile(String id, ImmutableList<ActivityKind> kinds, ImmutableList<String> leads,
      ImmutableList<String> people, ImmutableList<String> hosts, Optional<String> place,
      Optional<SchoolSubject> schoolSubject, Optional<Integer> grade, LocalDate first, LocalDate last) {
    this(id, kinds, leads, people, hosts, place, schoolSubject, grade, first, last, ImmutableMap.of());
  }

  private GroupProfile(String id, ImmutableList<ActivityKind> kinds, ImmutableList<String> leads,
      ImmutableList<String> people, ImmutableList<String> hosts, Optional<String> place,
      Optional<SchoolSubject> schoolSubject, Optional<Integer> grade, LocalDate first, LocalDate last,
      ImmutableMap<ActivityKind, ActivityKind> variants) {
    this.id = id;
    this.kinds = kinds;
    this.leads = leads;
    this.people = people;
    this.hosts = hosts;
    this.place = place;
    this.schoolSubject = schoolSubject;
    this.grade = grade;
    this.first = first;
    this.last = last;
    this.variants = variants;
  }

  /** This profile whose records of a kind may turn into another: {@code REFLECTION} → 说课. */
  GroupProfile withVariants(ImmutableMap<ActivityKind, ActivityKind> variants) {
    return new GroupProfile(id, kinds, leads, people, hosts, place, schoolSubject, grade, first,
        last, variants);
  }
}
