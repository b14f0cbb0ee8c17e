/**
 * Field constraints (Hibernate Validator) and the rules within and between forms; the report and its renderings.
 */
module io.github.medsecforms.validation {
    requires transitive io.github.medsecforms.model;
    requires org.hibernate.validator;
    requires jakarta.el; // Hibernate Validator's message expressions (the implementation, Expressly, is automatic)
    requires com.fasterxml.jackson.databind; // Report.toJson

    exports io.github.medsecforms.validation;

    // the message bundles (messages, rules) are read by forms-model's LocalizedMessages
    opens io.github.medsecforms.validation to io.github.medsecforms.model;
    // Hibernate Validator instantiates the constraint validators reflectively
    opens io.github.medsecforms.validation.internal to org.hibernate.validator;

    provides jakarta.validation.ConstraintValidator with
            io.github.medsecforms.validation.internal.PublicAddressValidator,
            io.github.medsecforms.validation.internal.KanaValidator,
            io.github.medsecforms.validation.internal.HospitalBedsValidator,
            io.github.medsecforms.validation.internal.HostNameValidator;
}
