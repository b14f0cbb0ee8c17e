/**
 * <b>Internal.</b> What a survey tool's export (Microsoft Forms: one submission a row under a header) says about a
 * submission besides the form's answers — its 完了時刻 (completion time), which orders resubmissions in a batch
 * (docs/batch.md). Reads the cell grid after the form was read; never part of the form. Not API.
 */
package io.github.medsecforms.xlsx.internal.survey;
