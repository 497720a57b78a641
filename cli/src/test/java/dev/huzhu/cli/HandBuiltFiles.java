package dev.huzhu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's 靖边 dataset (two schools, four people, one leadership group, one sent lesson of
 * two lessons, one score record) and a policy that gives the group 100 points for four lessons
 * sent: the group earns 2 / 4 × 100 = 50.00, which is 不合格 (below 60).
 */
final class HandBuiltFiles {
  static final String DATASET = """
      {
        "format": "huzhu-dataset",
        "version": 1,
        "schools": [
          {"id": "s-jb6", "name": "靖边六小", "locality": "URBAN", "stage": "PRIMARY", "county": "靖边县"},
          {"id": "s-jb-hdj", "name": "红墩界中心小学", "locality": "TOWNSHIP", "stage": "PRIMARY", "county": "靖边县"}
        ],
        "people": [
          {"id": "p-jb6-principal", "name": "靖边六小校长", "roles": ["PRINCIPAL"], "school": "s-jb6"},
          {"id": "p-jb6-vp", "name": "靖边六小主管业务副校长", "roles": ["VICE_PRINCIPAL"], "school": "s-jb6"},
          {"id": "p-jb6-math", "name": "靖边六小数学教师", "roles": ["TEACHER", "BACKBONE_TEACHER"],
           "school": "s-jb6", "subjects": ["MATH"], "grades": [4]},
          {"id": "p-jb-hdj-principal", "name": "红墩界中心小学校长", "roles": ["PRINCIPAL"], "school": "s-jb-hdj"}
        ],
        "communities": [
          {"id": "c-jb6", "name": "靖边六小城乡互助共同体", "core": "s-jb6", "members": ["s-jb-hdj"],
           "formation": "POLICY_ASSIGNED", "programme": "OTHER", "established": "2012-09-01"}
        ],
        "teams": [
          {"id": "g-jb6-lead", "kind": "LEADERSHIP_GROUP", "name": "领导小组", "community": "c-jb6",
           "members": [{"person": "p-jb6-principal", "role": "LEADER"},
                       {"person": "p-jb6-vp", "role": "MEMBER"},
                       {"person": "p-jb-hdj-principal", "role": "MEMBER"}]}
        ],
        "activities": [
          {"id": "a-jb-20121113-sent", "date": "2012-11-13", "kind": "SENT_LESSON",
           "credited": ["g-jb6-lead"], "host": "s-jb-hdj", "direction": "URBAN_TO_RURAL",
           "participants": [{"person": "p-jb6-math", "role": "LEAD"}, {"person": "p-jb6-vp", "role": "PARTICIPANT"}],
           "quantities": {"lessons": 2}}
        ],
        "scores": [
          {"school": "s-jb-hdj", "grade": 4, "subject": "MATH", "test": "QUALITY_TEST", "phase": "BASELINE",
           "students": 38, "mean": 71.40}
        ]
      }
      """;

  static final String POLICY = """
      format: huzhu-policy
      version: 1
      id: jb-lessons
      title: 送教下乡
      period: {from: 2012-09-01, to: 2013-01-31}
      subjects: {teamKinds: [LEADERSHIP_GROUP]}
      sections:
        - id: delivery
          label: 送教
          points: 100
          metrics:
            - {id: lessons, label: 送教节数, points: 100,
               measure: {type: sum, kinds: [SENT_LESSON], quantity: lessons},
               scoring: {type: linear, target: 4}}
      grading:
        bands:
          - {grade: QUALIFIED, label: 合格, minTotal: 60}
          - {grade: UNQUALIFIED, label: 不合格, minTotal: 0}
      bundling: {coefficients: {LEADER: 1.0, MEMBER: 1.0}}
      """;

  final Path data;
  final Path policy;

  HandBuiltFiles(Path dir) {
    data = write(dir.resolve("jingbian.json"), DATASET);
    policy = write(dir.resolve("jb-lessons.yaml"), POLICY);
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
