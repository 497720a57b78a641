package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ImmutableActivity;
import java.util.List;
import java.util.Random;

/**
 * Text that breaks naive writers: commas, quotes, line ends, list separators, escapes, formula
 * starters, spaces at the ends, Chinese. Round-trip tests put it where free text is allowed.
 */
final class AwkwardText {
  private AwkwardText() {}

  static final List<String> POOL = List.of("a,b", "say \"hi\"", "line1\nline2", "=SUM(A1:A9)",
      "-5", "@cmd", "+1", "semi;colon", "back\\slash", "  spaced  ", "中文;混合,文本", "\ttab",
      "'quoted", "ends with \\", "\\;", "\r\nwindows", "送教下乡 靖边六小",
      "'=x", "'+1", "''-", "'", "''");

  static String pick(Random random) {
    return POOL.get(random.nextInt(POOL.size()));
  }

  /** The activities with awkward places and tags on about a third of them. */
  static ImmutableList<Activity> spoil(List<Activity> activities, long seed) {
    Random random = new Random(seed);
    ImmutableList.Builder<Activity> out = ImmutableList.builder();
    for (Activity a : activities) {
      if (random.nextInt(3) == 0) {
        ImmutableActivity.Builder b = Activity.builder().copyFrom(a).place(pick(random));
        String tag = pick(random);
        if (!tag.isBlank() && !a.tags().contains(tag)) {
          b.addTags(tag);
        }
        out.add(b.build());
      } else {
        out.add(a);
      }
    }
    return out.build();
  }
}
