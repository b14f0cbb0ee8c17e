package io.github.medsecforms.validation;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Secret;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test-only form (not in the registry): a secret under a constraint whose message tries every way of showing the
 * value, and a field under a Jakarta constraint that has no code of its own.
 */
@FormSpec(id = "test-vault", title = "テスト用フォーム", titleEn = "Test form", versions = {"R6"}, sheet = "シート")
public record VaultForm(
        FiscalYear version,
        @Label(value = "パスワード", en = "Password") @Revealing Secret password,
        @Label(value = "メモ", en = "Note") @Size(max = 3) String note) implements Form {

    /** Broken by any secret; its message asks for the value by our token and by Hibernate Validator's EL. */
    @Constraint(validatedBy = RevealingValidator.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Revealing {
        String message() default "{field}：「{input}」 ${validatedValue}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class RevealingValidator implements ConstraintValidator<Revealing, Secret> {
        @Override
        public boolean isValid(Secret value, ConstraintValidatorContext context) {
            return value == null;
        }
    }
}
