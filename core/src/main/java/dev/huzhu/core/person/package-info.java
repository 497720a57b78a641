/** People (教师、干部、党员、学生、家长) and their roles. */
@HuzhuStyle
package dev.huzhu.core.person;

import dev.huzhu.core.HuzhuStyle;
