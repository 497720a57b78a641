package dev.huzhu.examples;

import java.util.Optional;

/**
 * The seed's five sites, each with the files of its records beside {@code seed.json} and the
 * policy that assesses it: 诸城's research groups by the 中心教研组捆绑考核, 靖边's community by the
 * 城乡均衡 policy, 巴南's teams by a team policy written from the paper's expectations, 济宁's
 * 手拉手 pupil pairings by a pairing policy, and XX镇's 双结对 by the party pairings' policy.
 */
public enum Site {
  /** 诸城市实验小学 and its four member schools: the 学科中心教研组 of every grade. */
  ZHUCHENG("zhucheng", "诸城市实验小学城乡互助共同体", "zhucheng-bundled.yaml", true),
  /** 靖边六小 and its four rural schools: 送教下乡, 同课异构, exchanges, two years of scores. */
  JINGBIAN("jingbian", "靖边六小城乡互助共同体", "community-balance.yaml", true),
  /** 巴南区's voluntary community: studio, alliance, middle-management and class-teacher teams. */
  BANAN("banan", "巴南区城乡小学发展共同体", "banan-teams.yaml", false),
  /** 济宁学院附小科苑校区 and 接庄十里营小学: 手拉手 pupil and family pairings. */
  JINING("jining", "济宁学院附小科苑校区城乡手拉手结对", "jining-pairing.yaml", false),
  /** XX镇's five villages paired with county-unit party branches: 城乡党组织党员双结对. */
  XX_TOWN("xx-town", "XX镇城乡党组织党员双结对", "double-pairing.yaml", false);

  private final String word;
  private final String title;
  private final String policy;
  private final boolean hasScores;

  Site(String word, String title, String policy, boolean hasScores) {
    this.word = word;
    this.title = title;
    this.policy = policy;
    this.hasScores = hasScores;
  }

  /** The site's word in file names and on the command line: {@code zhucheng}, {@code xx-town}. */
  public String word() {
    return word;
  }

  /** The site's name, for headings. */
  public String title() {
    return title;
  }

  /** The file name of the policy that assesses the site, in {@code data/policies}. */
  public String policyFile() {
    return policy;
  }

  /** The file name of the site's activity log: {@code zhucheng-activities.csv}. */
  public String activitiesFile() {
    return word + "-activities.csv";
  }

  /** The file name of the site's score records, for the sites that test pupils. */
  public Optional<String> scoresFile() {
    return hasScores ? Optional.of(word + "-scores.csv") : Optional.empty();
  }

  /** The prefix of the ids of the site's activities ({@code a-zc-}) and schools ({@code s-zc-}). */
  String idPart() {
    return switch (this) {
      case ZHUCHENG -> "zc";
      case JINGBIAN -> "jb";
      case BANAN -> "bn";
      case JINING -> "jn";
      case XX_TOWN -> "xx";
    };
  }

  /** The site named by its word, e.g. {@code jingbian}. */
  public static Optional<Site> parse(String word) {
    for (Site s : values()) {
      if (s.word.equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
