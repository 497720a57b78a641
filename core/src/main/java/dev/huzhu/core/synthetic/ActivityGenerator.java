package dev.huzhu.core.synthetic;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.activity.Quantity;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Generates the activity log one record at a time, so a log of any length is never held whole.
 *
 * <p>Groups are chosen with Zipf-like weights (the i-th group in a seeded shuffle weighs about
 * 1/i), so a few groups are very active and many are quiet. Dates are school days over the
 * group's span. About six deliveries of funds, materials or donations in ten are followed, in
 * the next record, by a 使用指导、监督 follow-up dated 1–60 days later. One research-group
 * activity in 2,000 is a misconduct. A group may turn one in three records of a kind into a
 * variant ({@code REFLECTION} into {@code LESSON_TALK} 说课, …).
 */
final class ActivityGenerator implements Iterator<Activity> {
  private final SplittableRandom random;
  // Whether a record turns into one of its group's variant kinds is drawn from a stream of its
  // own, so that the main stream, and with it every other record of a seed, stays as it was.
  private final SplittableRandom variety;
  private final long total;
  private final ImmutableList<GroupProfile> groups;
  private final long[] cumulative;
  private long produced;
  private Activity pendingFollowUp;

  ActivityGenerator(long seed, long total, List<GroupProfile> profiles) {
    this.random = new SplittableRandom(seed);
    this.variety = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    this.total = total;
    List<GroupProfile> shuffled = new ArrayList<>(profiles);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      GroupProfile t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    this.groups = ImmutableList.copyOf(shuffled);
    this.cumulative = new long[groups.size()];
    long sum = 0;
    for (int i = 0; i < groups.size(); i++) {
      sum += 1 + 100_000 / (i + 1);
      cumulative[i] = sum;
    }
  }

  @Override
  public boolean hasNext() {
    return produced < total && !groups.isEmpty();
  }

  @Override
  public Activity next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    produced++;
    if (pendingFollowUp != null) {
      Activity a = pendingFollowUp;
      pendingFollowUp = null;
      return a;
    }
    GroupProfile group = pick();
    Activity a = activity(group);
    boolean delivery = a.kind() == ActivityKind.FUNDS_COORDINATED
        || a.kind() == ActivityKind.MATERIALS_DELIVERED || a.kind() == ActivityKind.DONATION;
    if (delivery && produced < total && random.nextInt(10) < 6) {
      pendingFollowUp = followUp(group, a);
    }
    return a;
  }

  private GroupProfile pick() {
    long r = random.nextLong(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return groups.get(lo);
  }

  /** The id of the n-th record: {@code a-00000042}. */
  private static String id(long number) {
    String n = Long.toString(number);
    return "a-" + "00000000".substring(Math.min(8, n.length())) + n;
  }

  private Activity activity(GroupProfile g) {
    ActivityKind kind = g.kinds.get(random.nextInt(g.kinds.size()));
    if (g.schoolSubject.isPresent() && random.nextInt(2000) == 0) {
      kind = ActivityKind.MISCONDUCT;
    }
    ImmutableActivity.Builder a = Activity.builder().id(id(produced)).date(schoolDay(g.first, g.last))
        .kind(kind).addCredited(g.id);
    participants(g, a);
    if (!g.hosts.isEmpty()) {
      a.host(g.hosts.get(random.nextInt(g.hosts.size())));
    }
    g.place.ifPresent(a::place);
    g.schoolSubject.ifPresent(a::schoolSubject);
    g.grade.ifPresent(a::grade);
    quantities(kind, a);
    switch (kind) {
      case SENT_LESSON ->
          a.direction(random.nextInt(4) == 0 ? Direction.RURAL_TO_URBAN : Direction.URBAN_TO_RURAL);
      case LESSON_PREPARATION ->
          a.preparationStage(PreparationStage.values()[random.nextInt(PreparationStage.values().length)])
              .addTags("同课异构");
      case MATERIAL_SHARE -> {
        if (random.nextBoolean()) {
          a.addTags("网络平台");
        }
      }
      case LESSON_OBSERVATION -> {
        if (random.nextInt(3) == 0) {
          a.addTags("周听评课");
        }
      }
      default -> { }
    }
    ActivityKind variant = g.variants.get(kind);
    if (variant != null && variety.nextInt(3) == 0) {
      a.kind(variant);
    }
    return a.build();
  }

  private void participants(GroupProfile g, ImmutableActivity.Builder a) {
    String lead = g.leads.isEmpty() ? null : g.leads.get(random.nextInt(g.leads.size()));
    if (lead != null) {
      a.addParticipants(Participant.lead(lead));
    }
    if (g.leads.isEmpty()) {
      g.people.forEach(p -> a.addParticipants(Participant.participant(p)));
      return;
    }
    int others = Math.min(g.people.size(), random.nextInt(4));
    List<String> taken = new ArrayList<>();
    taken.add(lead);
    for (int i = 0; i < others; i++) {
      String p = g.people.get(random.nextInt(g.people.size()));
      if (!taken.contains(p)) {
        taken.add(p);
        a.addParticipants(Participant.participant(p));
      }
    }
  }

  private void quantities(ActivityKind kind, ImmutableActivity.Builder a) {
    switch (kind) {
      case DEMONSTRATION_LESSON, SENT_LESSON ->
          a.putQuantities(Quantity.LESSONS, BigDecimal.valueOf(1 + random.nextInt(2)));
      case BRAND_LESSON, STANDARD_LESSON -> a.putQuantities(Quantity.LESSONS, BigDecimal.ONE)
          .putQuantities(Quantity.RATING, BigDecimal.valueOf(600 + random.nextInt(386), 1));
      case MATERIAL_SHARE ->
          a.putQuantities(Quantity.MATERIALS, BigDecimal.valueOf(1 + random.nextInt(6)));
      case FUNDS_COORDINATED ->
          a.putQuantities(Quantity.AMOUNT_YUAN, BigDecimal.valueOf(100L * (10 + random.nextInt(791))));
      case DONATION ->
          a.putQuantities(Quantity.AMOUNT_YUAN, BigDecimal.valueOf(50L * (10 + random.nextInt(91))));
      case MATERIALS_DELIVERED ->
          a.putQuantities(Quantity.ITEMS, BigDecimal.valueOf(5 + random.nextInt(196)));
      case JOB_PLACEMENT -> a.putQuantities(Quantity.JOBS, BigDecimal.valueOf(1 + random.nextInt(8)));
      case PRACTICAL_DEED ->
          a.putQuantities(Quantity.PEOPLE_HELPED, BigDecimal.valueOf(1 + random.nextInt(30)))
              .putQuantities(Quantity.ITEMS, BigDecimal.ONE);
      case POLICY_PUBLICITY ->
          a.putQuantities(Quantity.PEOPLE_HELPED, BigDecimal.valueOf(10 + random.nextInt(191)));
      default -> { }
    }
  }

  private Activity followUp(GroupProfile g, Activity delivery) {
    LocalDate date = delivery.date().plusDays(1 + random.nextInt(60));
    if (date.isAfter(g.last)) {
      date = g.last.isBefore(delivery.date()) ? delivery.date() : g.last;
    }
    ImmutableActivity.Builder a = Activity.builder().id(id(produced + 1)).date(date).kind(ActivityKind.FOLLOW_UP)
        .addCredited(g.id).followUpOf(delivery.id()).addAllParticipants(delivery.participants());
    delivery.host().ifPresent(a::host);
    delivery.place().ifPresent(a::place);
    return a.build();
  }

  /** A day in [first, last], moved off a weekend when the span allows. */
  private LocalDate schoolDay(LocalDate first, LocalDate last) {
    long span = ChronoUnit.DAYS.between(first, last);
    LocalDate d = first.plusDays(random.nextLong(span + 1));
    DayOfWeek w = d.getDayOfWeek();
    if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
      LocalDate friday = d.minusDays(w == DayOfWeek.SATURDAY ? 1 : 2);
      if (!friday.isBefore(first)) {
        d = friday;
      }
    }
    return d;
  }
}
