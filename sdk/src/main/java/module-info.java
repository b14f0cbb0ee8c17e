/**
 * The front door: {@code MedsecForms.checker(c -> ...).check(path)} reads a workbook and validates it in one step.
 * Its API hands out the types of forms-xlsx and validation (and the model), so both are required transitively.
 */
module io.github.medsecforms {
    requires transitive io.github.medsecforms.xlsx;
    requires transitive io.github.medsecforms.validation;

    exports io.github.medsecforms;
}
