/**
 * Field constraints (Hibernate Validator) and the rules within and between forms; the report and its renderings.
 */
module io.github.medsecforms.validation {
    requires transitive io.github.medsecforms.model;
    requires org.hibernate.validator;
    requires jakarta.el; // Hibernate Validator's message expressions (the implementation, Expressly, is automatic)
    requires com.fasterxml.jackson.core; // the report's JSON (its streaming generator)

    exports io.github.medsecforms.validation;
    // the report's JSON writer, for the bridge to write a report into its own answers (the CLI, an application on the
    // class path, uses it too; docs/architecture.md)
    exports io.github.medsecforms.validation.internal.json to io.github.medsecforms.bridge;

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
