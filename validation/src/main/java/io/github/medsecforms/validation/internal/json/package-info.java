/**
 * <b>Internal.</b> The report's JSON, written once with Jackson's streaming generator. Shared (a qualified export) with the
 * bridge and the command line, which write the report into their own answers with their own generator instead of
 * parsing the report's JSON string back (issue 12, item 4). Not API: may change without notice.
 */
package io.github.medsecforms.validation.internal.json;
