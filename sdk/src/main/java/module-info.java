/**
 * The front door: {@code MedsecForms.checker(c -> ...).check(path)} reads a workbook and validates it in one step.
 * Its API hands out the types of forms-xlsx and validation (and the model), so both are required transitively.
 */
module io.github.medsecforms {
    requires transitive io.github.medsecforms.xlsx;
    requires transitive io.github.medsecforms.validation;

    exports io.github.medsecforms;
    // the consolidated list, for the bridge's folder view to make the workbook import makes (the CLI, an application
    // on the class path, uses it too; docs/architecture.md)
    exports io.github.medsecforms.internal.list to io.github.medsecforms.bridge;

    // the list's message bundle is read by forms-model's LocalizedMessages
    opens io.github.medsecforms.internal.list to io.github.medsecforms.model;
}
