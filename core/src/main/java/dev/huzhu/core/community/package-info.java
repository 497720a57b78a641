/** Communities of schools (城乡互助共同体): a core school, member schools, how they allied. */
@HuzhuStyle
package dev.huzhu.core.community;

import dev.huzhu.core.HuzhuStyle;
