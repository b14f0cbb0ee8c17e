package io.github.medsecforms.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The lazy-EL interpolator gives exactly the resource-bundle interpolator's messages, with and without EL. */
class LazyElMessageInterpolatorTest {
    private static final Set<Locale> LOCALES = Set.of(Locale.JAPANESE, Locale.ENGLISH);

    /** Constraints with parameter-only messages (ours, @Min) and with EL in Hibernate Validator's own (@DecimalMin). */
    record Bean(@Min(3) int min, @Max(5) int max, @DecimalMin("1.5") BigDecimal decimalMin,
                @DecimalMax(value = "2", inclusive = false) BigDecimal decimalMax, @Size(min = 2, max = 4) String size,
                @Digits(integer = 1, fraction = 1) BigDecimal digits, @Pattern(regexp = "[a-z]{2}") String pattern,
                @NotNull String notNull,
                @Min(value = 1, message = "custom ${validatedValue} {value} \\${x}") int custom) {
    }

    private static final Bean BAD = new Bean(1, 9, new BigDecimal("1.2"), new BigDecimal("2"), "x",
            new BigDecimal("12.34"), "123", null, 0);

    @Test
    void gives_the_resource_bundle_interpolators_messages() {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Set<String> expected = messages(l -> new ResourceBundleMessageInterpolator(
                    new NoFallbackBundleLocator(ValidationEngine.BUNDLE, getClass()), LOCALES,
                    Locale.JAPANESE, c -> l, false), locale);
            Set<String> actual = messages(l -> new LazyElMessageInterpolator(
                    new NoFallbackBundleLocator(ValidationEngine.BUNDLE, getClass()), LOCALES,
                    Locale.JAPANESE, c -> l), locale);
            assertThat(actual).hasSize(9).isEqualTo(expected);
            assertThat(actual).contains("custom: custom 0 1 ${x}"); // EL evaluated
        }
    }

    @Test
    void starts_no_expression_language_for_messages_without_it() {
        LazyElMessageInterpolator interpolator = new LazyElMessageInterpolator(
                new NoFallbackBundleLocator(ValidationEngine.BUNDLE, getClass()), LOCALES,
                Locale.JAPANESE, c -> Locale.JAPANESE);
        record Small(@Min(3) int min, @Size(min = 2) String size) {
        }
        Validator validator = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(interpolator)
                .buildValidatorFactory()
                .getValidator();
        assertThat(validator.validate(new Small(1, "x"))).hasSize(2);
        assertThat(interpolator.elStarted()).isFalse();
        assertThat(validator.validate(BAD)).hasSize(9);
        assertThat(interpolator.elStarted()).isTrue();
    }

    private static Set<String> messages(Function<Locale, MessageInterpolator> interpolator, Locale locale) {
        Validator validator = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(interpolator.apply(locale))
                .buildValidatorFactory()
                .getValidator();
        Set<String> messages = new TreeSet<>();
        for (ConstraintViolation<Bean> v : validator.validate(BAD)) {
            messages.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        return messages;
    }
}
