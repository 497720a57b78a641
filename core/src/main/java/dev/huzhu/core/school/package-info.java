/** Schools (学校): their locality (城区/乡镇/村) and stage, and the school subjects (学科). */
@HuzhuStyle
package dev.huzhu.core.school;

import dev.huzhu.core.HuzhuStyle;
