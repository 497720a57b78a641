/** People (教师、干部、党员、学生、家长), their roles, and school subjects. */
@HuzhuStyle
package dev.huzhu.core.person;

import dev.huzhu.core.HuzhuStyle;
