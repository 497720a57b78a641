/**
 * Teams of a community (团队互助): their kinds, members and roles (组长、副组长、组员、主持人),
 * and the subject and grade a subject team covers.
 */
@HuzhuStyle
package dev.huzhu.core.team;

import dev.huzhu.core.HuzhuStyle;
