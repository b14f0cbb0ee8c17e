package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.validation.FieldValidator;
import io.github.medsecforms.validation.FieldViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * The one Hibernate Validator bootstrap behind {@link FieldValidator}, built on first use (holder idiom) and shared:
 * <ul>
 *   <li>provider fixed to Hibernate Validator, XML configuration ignored, and this module's class loader used for
 *       service files, so the validators of {@code META-INF/services/jakarta.validation.ConstraintValidator} are
 *       found whatever the thread's context class loader;</li>
 *   <li>cascading into blocks and table rows from {@link CascadeMapping};</li>
 *   <li>messages from the bundle {@value #BUNDLE} through a {@link ResourceBundleMessageInterpolator} over a
 *       {@link NoFallbackBundleLocator} (whose expression language is started only for a message that needs it:
 *       {@link LazyElMessageInterpolator}), in Japanese unless English is asked for ({@link FormMessageInterpolator});
 *       one {@link Validator} per language, sharing the factory's metadata.</li>
 * </ul>
 */
public final class ValidationEngine {
    /** Base name of the message bundle: Japanese {@code messages.properties}, English {@code messages_en.properties}. */
    public static final String BUNDLE = "io.github.medsecforms.validation.messages";

    private final ValidatorFactory factory;
    private final Validator japanese;
    private final Validator english;

    private static final class Holder {
        static final ValidationEngine INSTANCE = new ValidationEngine();
    }

    private ValidationEngine() {
        ClassLoader loader = ValidationEngine.class.getClassLoader();
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .externalClassLoader(loader);
        MessageInterpolator messages = new LazyElMessageInterpolator(
                new NoFallbackBundleLocator(BUNDLE, ValidationEngine.class), Set.of(Locale.JAPANESE, Locale.ENGLISH), Locale.JAPANESE,
                context -> Locale.JAPANESE);
        List<Class<?>> roots = new ArrayList<>();
        FormRegistry.forms().stream().map(FormDescriptor::type).forEach(roots::add);
        roots.add(FormRegistry.credentialList().type());
        configuration.messageInterpolator(new FormMessageInterpolator(messages, Locale.JAPANESE))
                .addMapping(CascadeMapping.of(configuration, roots));
        factory = configuration.buildValidatorFactory();
        japanese = factory.getValidator();
        english = factory.usingContext()
                .messageInterpolator(new FormMessageInterpolator(messages, Locale.ENGLISH))
                .getValidator();
    }

    /** The shared engine; the first call starts Hibernate Validator. */
    public static ValidationEngine instance() {
        return Holder.INSTANCE;
    }

    /** The validator whose messages are in {@code locale}'s language (English, or Japanese for any other). */
    public Validator validator(Locale locale) {
        return FormMessageInterpolator.language(locale).equals(Locale.ENGLISH) ? english : japanese;
    }

    /** See {@link FieldValidator#validate(Form, Locale)}. */
    public List<FieldViolation> validate(Form form, Locale locale) {
        Set<ConstraintViolation<Form>> violations = validator(locale).validate(form);
        if (violations.isEmpty()) {
            return List.of();
        }
        FieldLabels labels = FieldLabels.of(form.getClass());
        List<Ranked> ranked = new ArrayList<>(violations.size());
        for (ConstraintViolation<Form> violation : violations) {
            String path = ModelPath.of(violation.getPropertyPath());
            FieldLabels.Location where = labels.locate(path);
            FieldViolation v = new FieldViolation(ConstraintCodes.codeOf(violation.getConstraintDescriptor()),
                    ConstraintCodes.severityOf(violation.getConstraintDescriptor()), path, where.label(),
                    violation.getMessage());
            ranked.add(new Ranked(v, where.block(), where.indexes(), where.ordinal()));
        }
        return ranked.stream().sorted(Ranked.ORDER).map(Ranked::violation).distinct().toList();
    }

    /** A violation with its place in the form: block (field or table), row, field, then path and code. */
    private record Ranked(FieldViolation violation, int block, List<Integer> indexes, int ordinal) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::block)
                .thenComparing(Ranked::indexes, Ranked::compareIndexes)
                .thenComparingInt(Ranked::ordinal)
                .thenComparing(r -> r.violation().path())
                .thenComparing(r -> r.violation().code());

        private static int compareIndexes(List<Integer> a, List<Integer> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }
}
