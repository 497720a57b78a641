// XX镇's 城乡党组织党员双结对 (five villages, each paired with county units) under the 双结对
// policy, September 2012 to August 2013. From the project folder, after building
// (mvn -B -q -DskipTests package):
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/xx-town.jsh
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*

var data = SeedFiles.read()
var report = Assessment.of(SeedFiles.policy(Site.XX_TOWN)).run(data)
System.out.println(report.table())
System.out.println(report.awardsText())
// the model pairing: every form of help, its funds followed up within 90 days
System.out.println(report.explain("pp-xx-jia"))
// the weak one: books and a film show in the autumn, never followed up, then nothing
System.out.println(report.explain("pp-xx-wu"))
/exit
