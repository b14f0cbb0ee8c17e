/**
 * <b>Internal.</b> The consolidated list of a batch, as {@code medsec-forms import} writes it and the bridge's folder
 * view downloads it: its columns derived from the form's metadata ({@link
 * io.github.medsecforms.internal.list.ListLayout}), one entry per submission, and the sheets beside the list —
 * superseded submissions, the findings across submissions, the files that could not be read ({@link
 * io.github.medsecforms.internal.list.ConsolidatedList}). Shared with the bridge (a qualified export) and the command
 * line (an application on the class path), so that both make the same workbook. Not API: may change in any release.
 */
package io.github.medsecforms.internal.list;
