/**
 * The forms' typed records, value types, constraint annotations and metadata, the one finding type with its stage,
 * the coded exceptions and the codes and messages the other modules share. Depends on the Jakarta Validation API
 * only (its annotations are on the records, hence {@code requires transitive}).
 */
module io.github.medsecforms.model {
    requires transitive jakarta.validation;

    exports io.github.medsecforms.model;
    exports io.github.medsecforms.model.backupvpn;
    exports io.github.medsecforms.model.checklist;
    exports io.github.medsecforms.model.common;
    exports io.github.medsecforms.model.constraints;
    exports io.github.medsecforms.model.inspection;
    exports io.github.medsecforms.model.linesurvey;
    exports io.github.medsecforms.model.meta;
    exports io.github.medsecforms.model.offlinebackup;
    exports io.github.medsecforms.model.selection;
    exports io.github.medsecforms.model.supportrequest;
    exports io.github.medsecforms.model.value;

    // the codes MSF-IO-nnnn, their messages and the text a cell shows for a value, shared by the three io modules and no one else
    exports io.github.medsecforms.model.internal.io
            to io.github.medsecforms.xlsx, io.github.medsecforms.json, io.github.medsecforms.pdf;

    // Hibernate Validator reads the constrained record components (validation); Jackson maps the records (forms-json)
    opens io.github.medsecforms.model to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.backupvpn to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.checklist to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.common to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.inspection to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.linesurvey to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.offlinebackup to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.selection to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.supportrequest to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.medsecforms.model.value to org.hibernate.validator, com.fasterxml.jackson.databind;
}
