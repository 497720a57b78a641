package dev.huzhu.examples;

import static dev.huzhu.core.activity.ActivityKind.BOOK_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.DONATION;
import static dev.huzhu.core.activity.ActivityKind.EDUCATION_VISIT;
import static dev.huzhu.core.activity.ActivityKind.EXPERIENCE_BASE_VISIT;
import static dev.huzhu.core.activity.ActivityKind.LETTER_EXCHANGE;
import static dev.huzhu.core.activity.ActivityKind.PAIRING_CEREMONY;
import static dev.huzhu.core.activity.ActivityKind.PUPIL_VISIT;
import static dev.huzhu.core.activity.Participant.lead;
import static dev.huzhu.core.activity.Participant.participant;
import static dev.huzhu.examples.Jining.FAMILY_PAIRS;
import static dev.huzhu.examples.Jining.PUPIL_PAIRS;
import static dev.huzhu.examples.Jining.RURAL;
import static dev.huzhu.examples.Jining.RURAL_COUNSELLOR;
import static dev.huzhu.examples.Jining.URBAN;
import static dev.huzhu.examples.Jining.URBAN_COUNSELLOR;
import static dev.huzhu.examples.Jining.pairing;
import static dev.huzhu.examples.Jining.ruralSide;
import static dev.huzhu.examples.Jining.urbanSide;
import static dev.huzhu.examples.SeedValues.activity;
import static dev.huzhu.examples.SeedValues.whole;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Quantity;
import java.util.stream.IntStream;

/**
 * The first year of 济宁's 手拉手 (2016-03 to 2017-02): the 启动仪式 of 2016-03-15 from the speech,
 * then the letters, 互访 both ways, 体验教育基地 days, a 革命传统教育 visit and 交换一本好书 of the
 * ten pairings of {@link Jining}.
 *
 * <p>Only the ceremony, its date, its host school and its motto are the seed's. The rest is made
 * up in the spirit of the seed's 手拉手 plans (诸城's 牵手走进城市、牵手走进乡村, 书信交流, 交换一本好书
 * and the speech's 体验教育的基地), with a spread a 少先队 counsellor would recognise: some pairs
 * write every month of the year, some stop after the first term, one family pairing lapses
 * after the summer.
 */
final class JiningYear {
  private JiningYear() {}

  static void addTo(ImmutableDataset.Builder data) {
    ceremony(data);
    letters(data);
    visits(data);
    books(data);
  }

  private static void ceremony(ImmutableDataset.Builder data) {
    ImmutableActivity.Builder ceremony = activity("a-jn-20160315-ceremony", "2016-03-15",
        PAIRING_CEREMONY, all())
        .host(RURAL)
        .addParticipants(lead(URBAN_COUNSELLOR), participant(RURAL_COUNSELLOR))
        .addTags("启动仪式", "相约中国梦 快乐共成长", "小手拉大手•献爱心•暖万家");
    for (int n = 1; n <= PUPIL_PAIRS + FAMILY_PAIRS; n++) {
      ceremony.addParticipants(participant(urbanSide(n)), participant(ruralSide(n)));
    }
    data.addActivities(ceremony.build(),
        // 城市学校在物质支援: the school's gift to the village school, credited to the community
        // (not to a pairing: a pairing is assessed on what its pupils do). The number of sets is
        // made up; the speech gives none.
        activity("a-jn-20160315-donation", "2016-03-15", DONATION, "c-jn")
            .host(RURAL)
            .addParticipants(lead(URBAN_COUNSELLOR), participant(RURAL_COUNSELLOR))
            .putQuantities(Quantity.ITEMS, whole(60))
            .addTags("学习用品", "小手拉大手•献爱心•暖万家")
            .build());
  }

  /**
   * 书信交流, pairing by pairing: the dates a letter went (the answer is part of the same
   * exchange). 01 writes every month of the year; 08 every month but the winter holiday; 02 and
   * 06 keep it up through the autumn; 03 and 05 stop after the spring term; 10 after April.
   */
  private static void letters(ImmutableDataset.Builder data) {
    String[][] dates = {
        /* 01 */ {"2016-03-28", "2016-04-25", "2016-05-23", "2016-06-20", "2016-07-18",
            "2016-08-22", "2016-09-26", "2016-10-24", "2016-11-21", "2016-12-19", "2017-01-16",
            "2017-02-13"},
        /* 02 */ {"2016-03-29", "2016-04-26", "2016-05-24", "2016-06-21", "2016-07-12",
            "2016-09-27", "2016-10-25", "2016-11-22", "2016-12-20", "2017-01-17"},
        /* 03 */ {"2016-03-30", "2016-04-13", "2016-04-27", "2016-05-25", "2016-06-22"},
        /* 04 */ {"2016-03-30", "2016-04-27", "2016-05-25", "2016-06-22", "2016-09-28",
            "2016-10-26", "2016-12-21"},
        /* 05 */ {"2016-03-31", "2016-04-28", "2016-06-23"},
        /* 06 */ {"2016-03-31", "2016-04-28", "2016-05-26", "2016-06-23", "2016-09-29",
            "2016-10-13", "2016-10-27", "2016-11-24", "2016-12-08", "2016-12-22", "2017-01-12"},
        /* 07 */ {"2016-03-28", "2016-05-23", "2016-06-20", "2016-09-26", "2016-11-21",
            "2017-01-16"},
        // the families write at weekends
        /* 08 */ {"2016-03-27", "2016-04-24", "2016-05-22", "2016-06-19", "2016-07-17",
            "2016-08-21", "2016-09-25", "2016-10-23", "2016-11-20", "2016-12-18", "2017-01-15"},
        /* 09 */ {"2016-03-27", "2016-04-24", "2016-05-22", "2016-07-10", "2016-07-31",
            "2016-10-23", "2017-02-05"},
        /* 10 */ {"2016-03-27", "2016-04-24"}};
    for (int n = 1; n <= dates.length; n++) {
      for (String date : dates[n - 1]) {
        data.addActivities(activity("a-jn-" + date.replace("-", "") + "-letter-" + Jining.number(n), date,
                LETTER_EXCHANGE, pairing(n))
            .addParticipants(participant(urbanSide(n)), participant(ruralSide(n)))
            .addTags("书信交流")
            .build());
      }
    }
  }

  /** 互访 both ways, 体验教育基地 days and the 清明 革命传统教育 visit. */
  private static void visits(ImmutableDataset.Builder data) {
    data.addActivities(
        // 清明: the pupils' pairings (not the families) with both schools' 少先队员.
        group("a-jn-20160401-memorial", "2016-04-01", EDUCATION_VISIT, 1, 2, 3, 4, 5, 6, 7)
            .place("济宁市革命烈士陵园")
            .addTags("革命传统教育", "清明")
            .build(),
        // 牵手走进城市: the village partners spend a Saturday at 科苑校区 and in town before 六一.
        group("a-jn-20160528-city", "2016-05-28", PUPIL_VISIT, 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .host(URBAN)
            .addTags("牵手走进城市", "体验城市生活")
            .build(),
        // 农村学校…提供素质教育、体验教育的基地: 麦收 at 十里营小学.
        group("a-jn-20160604-base", "2016-06-04", EXPERIENCE_BASE_VISIT, 1, 2, 3, 4, 5, 6, 7, 8,
            9)
            .host(RURAL)
            .addTags("体验教育基地", "麦收体验")
            .build(),
        // 牵手走进乡村: a summer day with the partner's family in the village.
        group("a-jn-20160716-village", "2016-07-16", PUPIL_VISIT, 1, 2, 4, 6, 7, 8, 9, 10)
            .place("接庄街道十里营村")
            .addTags("牵手走进乡村", "体验农村生活")
            .build(),
        group("a-jn-20161002-village", "2016-10-02", PUPIL_VISIT, 8, 9)
            .place("接庄街道十里营村")
            .addTags("牵手走进乡村", "秋收")
            .build(),
        group("a-jn-20161015-base", "2016-10-15", EXPERIENCE_BASE_VISIT, 1, 6)
            .host(RURAL)
            .addTags("体验教育基地", "秋收体验")
            .build(),
        group("a-jn-20161119-city", "2016-11-19", PUPIL_VISIT, 1, 8, 9)
            .place("济宁市图书馆")
            .addTags("牵手走进城市", "体验城市生活")
            .build());
  }

  /** 交换一本好书: on 世界读书日, and again for the winter holiday's reading. */
  private static void books(ImmutableDataset.Builder data) {
    data.addActivities(
        group("a-jn-20160423-books", "2016-04-23", BOOK_EXCHANGE, 1, 2, 3, 4, 5, 6, 7, 8, 9)
            .host(URBAN)
            .addTags("交换一本好书", "世界读书日")
            .build(),
        group("a-jn-20170114-books", "2017-01-14", BOOK_EXCHANGE, 1, 2, 6, 8, 9)
            .host(URBAN)
            .addTags("交换一本好书", "寒假共读")
            .build());
  }

  /** A school-organised activity, led by 科苑校区's counsellor, of the pairings numbered. */
  private static ImmutableActivity.Builder group(String id, String date, ActivityKind kind,
      int... pairings) {
    ImmutableActivity.Builder a = activity(id, date, kind,
        IntStream.of(pairings).mapToObj(Jining::pairing).toArray(String[]::new))
        .addParticipants(lead(URBAN_COUNSELLOR), participant(RURAL_COUNSELLOR));
    for (int n : pairings) {
      a.addParticipants(participant(urbanSide(n)), participant(ruralSide(n)));
    }
    return a;
  }

  private static String[] all() {
    return IntStream.rangeClosed(1, PUPIL_PAIRS + FAMILY_PAIRS).mapToObj(Jining::pairing)
        .toArray(String[]::new);
  }
}
