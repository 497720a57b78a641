package dev.huzhu.core.synthetic;

import com.google.common.collect.ImmutableList;
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

  GroupProfile(String id, ImmutableList<ActivityKind> kinds, ImmutableList<String> leads,
      ImmutableList<String> people, ImmutableList<String> hosts, Optional<String> place,
      Optional<SchoolSubject> schoolSubject, Optional<Integer> grade, LocalDate first, LocalDate last) {
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
  }
}
