// The 诸城 中心教研组捆绑考核 on the seed's files, step by step. From the project folder, after
// building (mvn -B -q -DskipTests package):
//   jshell --class-path examples/target/huzhu-examples.jar examples/jshell/zhucheng.jsh
import dev.huzhu.examples.*
import dev.huzhu.evaluation.*
import dev.huzhu.io.*

// the dataset, the sites' activity logs and test scores, validated; then the policy, from YAML
var data = SeedFiles.read()
var policy = SeedFiles.policy(Site.ZHUCHENG)
var report = Assessment.of(policy).run(data)
System.out.println(report.table())
// every figure of the first group, so that it re-adds by hand (ZhuchengSiteTest does)
System.out.println(report.explain("g-zc-chinese5"))
// and of the group a 违规 record vetoed: its total stands, its band is 不合格
System.out.println(report.explain("g-zc-chinese4"))
/exit
