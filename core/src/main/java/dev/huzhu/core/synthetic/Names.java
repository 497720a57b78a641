package dev.huzhu.core.synthetic;

import java.util.SplittableRandom;

/** Realistic Chinese names for generated schools, people, branches and places. */
final class Names {
  private Names() {}

  static final String[] COUNTIES = {"靖边县", "诸城市", "巴南区", "高新区", "XX县"};
  private static final String[] PLACES = {"红墩界", "杨米涧", "四柏树", "东坑", "小桥畔", "辛兴",
      "林家村", "昌城", "皇华", "舜王", "郝戈庄", "艾东", "大山", "接庄", "十里营", "马耳山", "贾悦",
      "石桥子", "桃林", "枳沟", "百尺河", "龙都", "相州", "南湖"};
  private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周",
      "吴", "徐", "孙", "朱", "林", "纪", "董", "郭", "谢", "马", "高"};
  private static final String[] GIVEN = {"伟", "佰玉", "在霞", "永梅", "凤兰", "星霞", "琳琳",
      "建伟", "明", "芳", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "超",
      "秀英", "桂英", "志强", "海燕", "晓东", "春梅", "文博", "子涵"};
  private static final String[] UNITS = {"县委组织部", "县委宣传部", "县妇联", "县团委",
      "县公安局", "县司法局", "县法院", "县发改局", "县财政局", "县商务局", "县农业局", "县林业局",
      "县水利局", "县畜牧局", "县卫生局", "县文化局"};

  static String place(int index) {
    return PLACES[index % PLACES.length] + (index >= PLACES.length ? String.valueOf(index / PLACES.length + 1) : "");
  }

  static String person(SplittableRandom random) {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  static String unit(int index) {
    return UNITS[index % UNITS.length] + (index >= UNITS.length ? "第" + (index / UNITS.length + 1) + "支部" : "");
  }
}
