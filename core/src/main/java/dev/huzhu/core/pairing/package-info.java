/**
 * Pairings: 手拉手结对子 of pupils and families, and 城乡党组织党员双结对 of county-unit and
 * village party branches with their members.
 */
@HuzhuStyle
package dev.huzhu.core.pairing;

import dev.huzhu.core.HuzhuStyle;
