// 济宁's 手拉手: the pupil and family pairings of 济宁学院附小科苑校区 and 接庄十里营小学 over
// their first year. From the project folder, after building (mvn -B -q -DskipTests package):
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/jining.jsh
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*

var report = Assessment.of(SeedFiles.policy(Site.JINING)).run(SeedFiles.read())
// each pairing by its id: no pupil or parent is ever named
System.out.println(report.table())
System.out.println(report.awardsText())
// a pairing that wrote all autumn but not in the summer holiday: 9 months of letters, not 10
System.out.println(report.explain("sp-jn-06"))
/exit
