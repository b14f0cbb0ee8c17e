package io.github.medsecforms.model;

import io.github.medsecforms.model.value.FiscalYear;

/**
 * A filled form: the root record of one of the forms in {@link FormRegistry}. Every form carries the version
 * (fiscal year) of the layout it was filled on; its metadata is found with {@link FormRegistry#describe(Class)}.
 */
public interface Form {
    /** The version of the form, as a fiscal year ({@code R6} = 令和6年度). */
    FiscalYear version();
}
