/** Schools (学校): their locality (城区/乡镇/村) and stage. */
@HuzhuStyle
package dev.huzhu.core.school;

import dev.huzhu.core.HuzhuStyle;
