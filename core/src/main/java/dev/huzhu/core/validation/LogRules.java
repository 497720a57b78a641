package dev.huzhu.core.validation;

import static dev.huzhu.core.validation.Problems.at;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.score.ScoreRecord;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The rules of the activity log and the score records. */
final class LogRules {
  private LogRules() {}

  static void check(Problems problems) {
    Dataset d = problems.dataset;
    for (int i = 0; i < d.activities().size(); i++) {
      checkActivity(problems, d.activities().get(i), at("activities", i), true);
    }
    Map<String, String> keys = new HashMap<>();
    for (int i = 0; i < d.scores().size(); i++) {
      ScoreRecord r = d.scores().get(i);
      String path = at("scores", i);
      checkScore(problems, r, path);
      String earlier = keys.putIfAbsent(r.key(), path);
      if (earlier != null) {
        problems.add(CoreProblemCode.DUPLICATE_SCORE_RECORD, path, "score record " + r.key()
            + " is already given by " + earlier);
      }
    }
  }

  private static void checkActivity(Problems problems, Activity a, String path, boolean wholeLog) {
    Dataset d = problems.dataset;
    if (a.credited().isEmpty()) {
      problems.add(CoreProblemCode.NOT_CREDITED, field(path, "credited"), "activity " + a.id()
          + " is credited to no team, pairing, exchange, school or community");
    }
    for (int c = 0; c < a.credited().size(); c++) {
      String group = a.credited().get(c);
      if (a.credited().subList(0, c).contains(group)) {
        problems.add(CoreProblemCode.DUPLICATE_REFERENCE, field(path, "credited[" + c + "]"), "activity "
            + a.id() + " is credited to " + group + " twice");
      } else if (!d.isCreditTarget(group)) {
        problems.add(CoreProblemCode.UNKNOWN_REFERENCE, field(path, "credited[" + c + "]"), "activity "
            + a.id() + " is credited to " + group
            + ", which is not a team, pairing, exchange, school or community in the dataset");
      }
    }
    // a log may hold millions of records: paths and messages are built only for a problem
    a.host().filter(h -> d.school(h).isEmpty())
        .ifPresent(h -> problems.school(field(path, "host"), h, "activity " + a.id() + "'s host"));
    for (int p = 0; p < a.participants().size(); p++) {
      String person = a.participants().get(p).person();
      if (p > 0 && isListedBefore(a, p)) {
        problems.add(CoreProblemCode.DUPLICATE_REFERENCE, field(path, "participants[" + p + "].person"),
            "activity " + a.id() + " lists participant " + person + " twice");
      } else if (d.person(person).isEmpty()) {
        problems.person(field(path, "participants[" + p + "].person"), person,
            "activity " + a.id() + "'s participant");
      }
    }
    a.quantities().forEach((q, v) -> checkQuantity(problems, a, q, v, path));
    a.followUpOf().ifPresent(f -> {
      Optional<Activity> followed = d.activity(f);
      if (f.equals(a.id())) {
        problems.add(CoreProblemCode.FOLLOW_UP_OF_ITSELF, field(path, "followUpOf"), "activity "
            + a.id() + " follows up itself");
      } else if (!wholeLog) {
        // a streamed log is checked one record at a time: the activity followed up may be
        // anywhere in it, so only the whole-log validation can look it up
        return;
      } else if (followed.isEmpty()) {
        problems.add(CoreProblemCode.UNKNOWN_REFERENCE, field(path, "followUpOf"), "activity "
            + a.id() + " follows up activity " + f + ", which is not in the log");
      } else if (followed.get().date().isAfter(a.date())) {
        problems.add(CoreProblemCode.FOLLOW_UP_OF_LATER_ACTIVITY, field(path, "followUpOf"),
            "activity " + a.id() + " on " + a.date() + " follows up activity " + f + " of "
                + followed.get().date() + ", which comes after it");
      }
    });
  }

  /**
   * The problems of one record of a log read as a stream, with paths from the record
   * ({@code credited[0]}): everything {@link #check} asks of an activity except what needs the
   * rest of the log (duplicate ids, the activity a follow-up follows).
   */
  static ImmutableList<Problem> checkRecord(Dataset dataset, Activity a) {
    Problems problems = new Problems(dataset);
    checkActivity(problems, a, "", false);
    return problems.build();
  }

  private static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static boolean isListedBefore(Activity a, int p) {
    String person = a.participants().get(p).person();
    for (int q = 0; q < p; q++) {
      if (a.participants().get(q).person().equals(person)) {
        return true;
      }
    }
    return false;
  }

  private static void checkQuantity(Problems problems, Activity a, Quantity q, BigDecimal v,
      String activityPath) {
    String wrong = null;
    if (v.signum() < 0) {
      wrong = "; quantities are not negative";
    } else if (q.maximum().filter(max -> v.compareTo(max) > 0).isPresent()) {
      wrong = ", above its maximum " + q.maximum().get().toPlainString();
    } else if (q.isWhole() && !isWhole(v)) {
      wrong = "; it counts things and must be a whole number";
    }
    if (wrong != null) {
      problems.add(v.signum() < 0 ? CoreProblemCode.NEGATIVE_QUANTITY
          : CoreProblemCode.QUANTITY_OUT_OF_RANGE, field(activityPath, "quantities." + q),
          "activity " + a.id() + "'s " + q + " is " + v.toPlainString() + wrong);
    }
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static void checkScore(Problems problems, ScoreRecord r, String path) {
    problems.school(path + ".school", r.school(), "score record " + r.key());
    String what = "score record " + r.key();
    if (r.students() <= 0) {
      problems.add(CoreProblemCode.SCORE_OUT_OF_RANGE, path + ".students", what + " has "
          + r.students() + " students; it needs at least one");
    }
    if (r.fullMark().signum() <= 0) {
      problems.add(CoreProblemCode.SCORE_OUT_OF_RANGE, path + ".fullMark", what
          + " has full mark " + r.fullMark().toPlainString() + "; it must be positive");
    } else if (r.mean().signum() < 0 || r.mean().compareTo(r.fullMark()) > 0) {
      problems.add(CoreProblemCode.SCORE_OUT_OF_RANGE, path + ".mean", what + " has mean "
          + r.mean().toPlainString() + ", outside 0 to the full mark "
          + r.fullMark().toPlainString());
    }
    rate(problems, r.passRate(), path + ".passRate", what + " has pass rate ");
    rate(problems, r.excellentRate(), path + ".excellentRate", what + " has excellent rate ");
  }

  private static void rate(Problems problems, Optional<BigDecimal> rate, String path,
      String what) {
    rate.filter(v -> v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0).ifPresent(v ->
        problems.add(CoreProblemCode.SCORE_OUT_OF_RANGE, path, what + v.toPlainString()
            + ", outside 0 to 1 (a fraction, not a percentage)"));
  }
}
