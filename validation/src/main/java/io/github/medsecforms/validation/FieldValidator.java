package io.github.medsecforms.validation;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.validation.internal.ValidationEngine;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks the field constraints of a filled form: the medsec-forms catalogue ({@code @PublicAddress}, {@code @Kana},
 * {@code @HospitalBeds}, {@code @HostName}) and the Jakarta constraints the model uses ({@code @Min}, {@code @Max}),
 * on every field of the form, including the rows of its tables and the fields of its blocks.
 *
 * <pre>{@code
 * FieldValidator validator = FieldValidator.create();      // build once, share: thread-safe
 * for (FieldViolation v : validator.validate(survey)) {    // Japanese messages
 *     log.warn("{} {} {}", v.code(), v.path(), v.message());
 * }
 * validator.validate(survey, Locale.ENGLISH);               // English messages
 * }</pre>
 *
 * <p>Messages are Japanese unless English is asked for, whatever the JVM's default locale. Hibernate Validator is
 * bootstrapped once per class loader, on first use; instances are cheap and immutable. Cascading into blocks and table
 * rows is derived from the record components of the forms in {@link io.github.medsecforms.model.FormRegistry}
 * (the model carries no {@code @Valid}); other {@link Form} records are checked on their own components only.</p>
 */
public final class FieldValidator {
    private final ValidationEngine engine;

    private FieldValidator(ValidationEngine engine) {
        this.engine = engine;
    }

    /** A validator. The first call in a class loader starts Hibernate Validator; later calls are cheap. */
    public static FieldValidator create() {
        return new FieldValidator(ValidationEngine.instance());
    }

    /** The violations of {@code form}, with Japanese messages. */
    public List<FieldViolation> validate(Form form) {
        return validate(form, Locale.JAPANESE);
    }

    /**
     * The violations of {@code form}, in the form's field order (sheet by sheet, row by row), with messages in English
     * when {@code locale}'s language is English and in Japanese otherwise. Empty when the form is valid.
     */
    public List<FieldViolation> validate(Form form, Locale locale) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(locale, "locale");
        return engine.validate(form, locale);
    }
}
