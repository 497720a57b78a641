/**
 * Files (SPEC §4): datasets as JSON, activity logs and score records as CSV or JSON Lines,
 * policies as YAML or JSON, reports as JSON, CSV and text — read strictly, with file, line, column
 * and path in every error. Jackson lives here and only here, so the core stays free of it. The
 * readers and writers arrive with the files issue; until then this module holds no types.
 */
package dev.huzhu.io;
