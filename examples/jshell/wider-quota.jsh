// What if the 优秀 quota were 50% rather than 30%? With sixteen groups, 30% gives floor(4.8) = 4
// seats for 优秀 (docs/assessment.md#grading), so 五年级数学 reaches 85 but is 良好. Half gives 8
// seats: it is 优秀 too, and so are its group and leader in the awards. Change one number and see.
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/wider-quota.jsh
import java.math.BigDecimal
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*
import dev.huzhu.evaluation.policy.*

var data = SeedFiles.read()
var policy = SeedFiles.policy("zhucheng-bundled.yaml")
var grading = policy.grading().orElseThrow()
// the first band is 优秀 (EXCELLENT): give it a quota of one half
var excellent = ImmutableBand.copyOf(grading.bands().get(0)).withQuota(new BigDecimal("0.5"))
var bands = new java.util.ArrayList<>(grading.bands())
bands.set(0, excellent)
var wider = ImmutablePolicy.copyOf(policy).withGrading(ImmutableGrading.copyOf(grading).withBands(bands))
var report = Assessment.of(wider).run(data)
System.out.println(report.table())
System.out.println(report.awardsAndPeople())
/exit
