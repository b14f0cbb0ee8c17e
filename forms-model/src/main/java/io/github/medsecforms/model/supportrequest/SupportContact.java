package io.github.medsecforms.model.supportrequest;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.EmailAddress;
import java.util.Optional;

/**
 * 担当者 on the support-request form: 所属・役職, 氏名, Mail アドレス.
 */
public record SupportContact(
        @Label(value = "所属・役職", en = "Department and title", required = true, text = TextKind.NAME,
                example = "情報システム課 課長")
        String department,
        @Label(value = "氏名", en = "Name", required = true, text = TextKind.NAME, example = "香川 太郎")
        String name,
        @Label(value = "Mail アドレス", en = "E-mail address", required = true, aliases = {"メールアドレス", "Mailアドレス"},
                example = "it-admin@example-hospital.jp")
        Optional<EmailAddress> email) {

    /** A contact with nothing filled in. */
    public static final SupportContact EMPTY = new SupportContact("", "", Optional.empty());

    public SupportContact {
        department = Defaults.text(department);
        name = Defaults.text(name);
        email = Defaults.optional(email);
    }

    /** Whether any of the three fields is filled. */
    public boolean hasAnyValue() {
        return !department.isBlank() || !name.isBlank() || email.isPresent();
    }

    /** Whether all three fields are filled. */
    public boolean hasAllValues() {
        return !department.isBlank() && !name.isBlank() && email.isPresent();
    }
}
