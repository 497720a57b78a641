package dev.huzhu.examples;

import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * 诸城's 教学质量检测 and 质量抽测 of the exchange term: for every 中心教研组's grade and school
 * subject, each of the five schools' results at the start (BASELINE) and the end (FINAL) of the
 * term. The seed gives no figures; these are illustrative (see examples/data/README.md).
 */
final class ZhuchengScores {
  private ZhuchengScores() {}

  /**
   * One line per school, grade and subject: the pupils tested and the 教学质量检测 means, 合格率 and
   * 优秀率 at baseline and final, then the pupils sampled by the 质量抽测 and their two means. The
   * rural schools start lower and mostly gain more; 三年级数学 keeps the figures worked by hand in
   * docs/assessment.md; 六年级英语 went slightly back.
   */
  private static final String RESULTS = """
      # subject grade school  pupils  mean  (base, final)  合格率  优秀率  sample  抽测 mean
      chinese  1  exp        344  87.20 88.10  0.97 0.98  0.65 0.67  40  86.50 87.30
      chinese  1  xinxing     89  73.80 77.10  0.89 0.91  0.33 0.41  30  73.40 75.80
      chinese  1  linjiacun   54  73.60 76.80  0.89 0.91  0.32 0.40  30  73.20 76.30
      chinese  1  changcheng 100  78.50 80.40  0.92 0.93  0.44 0.49  30  78.10 79.90
      chinese  1  huanghua    90  73.40 76.60  0.89 0.91  0.32 0.40  30  73.10 75.70
      chinese  2  exp        316  86.80 87.70  0.97 0.98  0.64 0.66  40  86.00 86.80
      chinese  2  xinxing     97  73.80 77.40  0.89 0.91  0.33 0.41  30  73.20 75.70
      chinese  2  linjiacun   59  71.10 74.80  0.88 0.90  0.26 0.35  30  70.40 73.50
      chinese  2  changcheng 101  77.10 80.10  0.91 0.93  0.41 0.48  30  76.80 79.20
      chinese  2  huanghua    87  73.70 76.50  0.89 0.91  0.33 0.39  30  73.40 76.50
      chinese  3  exp        312  86.80 88.00  0.97 0.98  0.64 0.67  40  86.20 87.10
      chinese  3  xinxing     95  74.30 78.10  0.90 0.92  0.34 0.43  30  73.90 77.00
      chinese  3  linjiacun   57  71.10 76.20  0.88 0.91  0.26 0.39  30  70.60 74.50
      chinese  3  changcheng 108  77.40 80.20  0.91 0.93  0.41 0.48  30  76.80 79.10
      chinese  3  huanghua    84  73.50 77.10  0.89 0.91  0.32 0.41  30  73.00 76.70
      chinese  4  exp        332  83.80 85.00  0.95 0.96  0.57 0.60  40  83.10 83.90
      chinese  4  xinxing    101  74.10 77.20  0.89 0.91  0.34 0.41  30  73.70 76.60
      chinese  4  linjiacun   52  71.50 75.80  0.88 0.90  0.27 0.38  30  71.20 74.60
      chinese  4  changcheng 105  75.80 79.10  0.90 0.92  0.38 0.45  30  75.00 77.30
      chinese  4  huanghua    79  70.70 74.00  0.87 0.89  0.25 0.33  30  70.40 73.10
      chinese  5  exp        333  84.00 85.20  0.95 0.96  0.57 0.60  40  83.10 84.20
      chinese  5  xinxing     97  72.50 77.00  0.89 0.91  0.30 0.40  30  71.60 75.60
      chinese  5  linjiacun   56  69.80 74.80  0.87 0.90  0.23 0.35  30  68.90 73.40
      chinese  5  changcheng 114  73.70 77.20  0.89 0.91  0.33 0.41  30  73.30 76.10
      chinese  5  huanghua    85  72.70 77.20  0.89 0.91  0.30 0.41  30  72.40 75.90
      chinese  6  exp        336  84.70 85.30  0.96 0.96  0.59 0.60  40  83.80 84.20
      chinese  6  xinxing    100  73.10 74.60  0.89 0.90  0.31 0.35  30  72.50 73.80
      chinese  6  linjiacun   61  70.20 72.00  0.87 0.88  0.24 0.29  30  69.70 71.40
      chinese  6  changcheng 106  73.10 74.50  0.89 0.90  0.31 0.35  30  72.30 73.50
      chinese  6  huanghua    90  70.50 72.20  0.87 0.88  0.25 0.29  30  69.60 71.00
      math     1  exp        344  86.40 87.30  0.97 0.97  0.63 0.65  40  86.00 86.80
      math     1  xinxing     89  76.90 79.40  0.91 0.93  0.40 0.46  30  76.00 78.40
      math     1  linjiacun   54  74.10 78.20  0.89 0.92  0.34 0.43  30  73.60 76.50
      math     1  changcheng 100  77.00 79.60  0.91 0.93  0.40 0.47  30  76.30 78.30
      math     1  huanghua    90  75.00 78.20  0.90 0.92  0.36 0.43  30  74.60 77.10
      math     2  exp        316  86.40 86.90  0.97 0.97  0.63 0.64  40  85.60 86.00
      math     2  xinxing     97  75.80 77.10  0.90 0.91  0.38 0.41  30  74.80 76.60
      math     2  linjiacun   59  71.30 73.20  0.88 0.89  0.27 0.31  30  70.40 72.20
      math     2  changcheng 101  76.60 77.60  0.91 0.92  0.40 0.42  30  76.10 77.30
      math     2  huanghua    87  72.50 74.00  0.89 0.89  0.30 0.33  30  71.80 73.50
      math     3  exp        312  86.40 88.10  0.97 0.98  0.62 0.66  40  85.90 87.20
      math     3  xinxing     95  74.20 78.60  0.86 0.91  0.31 0.38  30  73.50 77.80
      math     3  linjiacun   57  71.80 76.90  0.82 0.89  0.26 0.35  30  70.60 75.10
      math     3  changcheng 108  76.50 79.30  0.88 0.92  0.35 0.40  30  75.80 78.20
      math     3  huanghua    84  72.60 77.40  0.84 0.90  0.28 0.36  30  71.90 76.30
      math     4  exp        332  86.70 87.90  0.97 0.98  0.64 0.66  40  85.80 86.70
      math     4  xinxing    101  73.00 77.30  0.89 0.91  0.31 0.41  30  72.20 76.10
      math     4  linjiacun   52  72.40 77.50  0.88 0.92  0.30 0.42  30  71.90 76.50
      math     4  changcheng 105  77.50 80.50  0.92 0.93  0.42 0.49  30  76.70 79.50
      math     4  huanghua    79  73.30 77.70  0.89 0.92  0.32 0.42  30  72.50 75.50
      math     5  exp        333  84.20 85.20  0.96 0.96  0.58 0.60  40  83.30 84.30
      math     5  xinxing     97  73.20 77.30  0.89 0.91  0.31 0.41  30  72.60 76.00
      math     5  linjiacun   56  70.00 73.80  0.87 0.89  0.24 0.33  30  69.20 72.80
      math     5  changcheng 114  75.80 78.80  0.90 0.92  0.38 0.45  30  75.40 78.10
      math     5  huanghua    85  70.70 74.90  0.87 0.90  0.25 0.35  30  70.30 73.20
      math     6  exp        336  84.10 84.90  0.95 0.96  0.57 0.59  40  83.70 84.20
      math     6  xinxing    100  72.10 75.00  0.88 0.90  0.29 0.36  30  71.40 73.70
      math     6  linjiacun   61  70.00 72.80  0.87 0.89  0.24 0.30  30  69.40 71.70
      math     6  changcheng 106  74.20 75.80  0.90 0.90  0.34 0.38  30  73.20 74.60
      math     6  huanghua    90  71.50 74.30  0.88 0.90  0.27 0.34  30  70.80 72.90
      english  3  exp        312  83.50 84.30  0.95 0.96  0.56 0.58  40  82.90 83.60
      english  3  xinxing     95  70.30 73.20  0.87 0.89  0.25 0.31  30  69.50 71.80
      english  3  linjiacun   57  70.10 73.60  0.87 0.89  0.24 0.32  30  69.40 71.70
      english  3  changcheng 108  73.20 75.30  0.89 0.90  0.31 0.36  30  72.40 73.80
      english  3  huanghua    84  68.30 71.60  0.86 0.88  0.20 0.28  30  68.00 70.10
      english  4  exp        332  82.70 83.10  0.95 0.95  0.54 0.55  40  82.00 82.30
      english  4  xinxing    101  69.90 71.00  0.87 0.88  0.24 0.26  30  69.30 70.30
      english  4  linjiacun   52  67.70 69.00  0.86 0.86  0.18 0.21  30  67.00 68.30
      english  4  changcheng 105  71.80 72.70  0.88 0.89  0.28 0.30  30  70.80 71.70
      english  4  huanghua    79  68.70 69.70  0.86 0.87  0.21 0.23  30  68.30 69.50
      english  5  exp        333  81.50 82.50  0.94 0.95  0.51 0.54  40  81.00 81.80
      english  5  xinxing     97  69.90 73.60  0.87 0.89  0.24 0.32  30  68.90 71.60
      english  5  linjiacun   56  66.40 70.30  0.85 0.87  0.15 0.25  30  65.40 68.60
      english  5  changcheng 114  71.90 74.80  0.88 0.90  0.28 0.35  30  71.30 73.30
      english  5  huanghua    85  68.00 71.00  0.86 0.88  0.19 0.26  30  67.30 69.80
      english  6  exp        336  81.10 80.90  0.94 0.94  0.50 0.50  40  80.40 80.30
      english  6  xinxing    100  70.00 69.40  0.87 0.87  0.24 0.22  30  69.00 68.60
      english  6  linjiacun   61  68.70 68.00  0.86 0.86  0.21 0.19  30  68.30 67.80
      english  6  changcheng 106  71.50 71.10  0.88 0.88  0.27 0.26  30  71.10 70.80
      english  6  huanghua    90  67.90 67.30  0.86 0.85  0.19 0.17  30  67.40 67.10
      """;

  static void addTo(ImmutableDataset.Builder data) {
    for (String line : RESULTS.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      SchoolSubject subject = SchoolSubject.valueOf(f[0].toUpperCase(Locale.ROOT));
      int grade = Integer.parseInt(f[1]);
      String school = "s-zc-" + f[2];
      int pupils = Integer.parseInt(f[3]);
      int sample = Integer.parseInt(f[10]);
      data.addScores(
          quality(school, grade, subject, Phase.BASELINE, pupils, f[4], f[6], f[8]),
          quality(school, grade, subject, Phase.FINAL, pupils, f[5], f[7], f[9]),
          spotCheck(school, grade, subject, Phase.BASELINE, sample, f[11]),
          spotCheck(school, grade, subject, Phase.FINAL, sample, f[12]));
    }
  }

  private static ScoreRecord quality(String school, int grade, SchoolSubject subject, Phase phase,
      int pupils, String mean, String pass, String excellent) {
    return ScoreRecord.builder().school(school).grade(grade).schoolSubject(subject)
        .test(TestKind.QUALITY_TEST).phase(phase).students(pupils).mean(new BigDecimal(mean))
        .passRate(new BigDecimal(pass)).excellentRate(new BigDecimal(excellent)).build();
  }

  private static ScoreRecord spotCheck(String school, int grade, SchoolSubject subject,
      Phase phase, int sample, String mean) {
    return ScoreRecord.builder().school(school).grade(grade).schoolSubject(subject)
        .test(TestKind.SPOT_CHECK).phase(phase).students(sample).mean(new BigDecimal(mean))
        .build();
  }
}
