/** Test results (教学质量检测、质量抽测) per school, grade and subject, at baseline and final. */
@HuzhuStyle
package dev.huzhu.core.score;

import dev.huzhu.core.HuzhuStyle;
