/** Exchanges of people (教师交流、跟岗学习、干部双向学习): who, where to, for which term, owing what. */
@HuzhuStyle
package dev.huzhu.core.exchange;

import dev.huzhu.core.HuzhuStyle;
