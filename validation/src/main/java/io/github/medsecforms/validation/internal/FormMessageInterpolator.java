package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.LocalizedMessages;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates in a fixed language (Japanese or English), then fills in what only the form knows:
 * <ul>
 *   <li>{@code {field}}: the field's label from the form's metadata, with its table row ({@code 回線・機器情報/回線1/…});</li>
 *   <li>{@code {input}}: the rejected value, shortened, and masked for secrets ({@link ValueText});</li>
 *   <li>{@code {detail}}: for constraints without a code of their own ({@code MSF-FLD-0100}) whose message does not
 *       name the field itself, the message Hibernate Validator gives, wrapped so that it names the field.</li>
 * </ul>
 * Hibernate Validator leaves these tokens alone (they are neither bundle keys nor annotation attributes); they are
 * replaced after its interpolation, so a rejected value is never interpreted as a template.
 */
final class FormMessageInterpolator implements MessageInterpolator {
    private static final Pattern TOKEN = Pattern.compile("\\{(field|input|detail)\\}");

    private final MessageInterpolator delegate;
    private final Locale locale;

    FormMessageInterpolator(MessageInterpolator delegate, Locale locale) {
        this.delegate = delegate;
        this.locale = language(locale);
    }

    /** {@link Locale#ENGLISH} for English, {@link Locale#JAPANESE} for every other language. */
    static Locale language(Locale locale) {
        return LocalizedMessages.isEnglish(locale) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale requested) {
        Locale language = language(requested);
        FieldLabels.Location where = locate(context);
        String field = language.equals(Locale.ENGLISH) ? where.labelEn() : where.labelJa();
        String input = ValueText.of(context.getValidatedValue(), where.secret());
        String message = delegate.interpolate(messageTemplate, context, language);
        if (ConstraintCodes.codeOf(context.getConstraintDescriptor()).equals(ConstraintCodes.OTHER)
                && !message.contains("{field}")) {
            String detail = fill(message, field, input, "");
            return fill(delegate.interpolate("{" + ConstraintCodes.OTHER + "}", context, language), field, input, detail);
        }
        return fill(message, field, input, "");
    }

    /** Replaces the tokens in one pass: the values put in are never scanned again. */
    private static String fill(String message, String field, String input, String detail) {
        Matcher m = TOKEN.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "field" -> field;
                case "input" -> input;
                default -> detail;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    private static FieldLabels.Location locate(Context context) {
        HibernateMessageInterpolatorContext hv;
        try {
            hv = context.unwrap(HibernateMessageInterpolatorContext.class);
        } catch (ValidationException e) {
            return FieldLabels.of(Object.class).locate("");
        }
        return FieldLabels.of(hv.getRootBeanType()).locate(ModelPath.of(hv.getPropertyPath()));
    }
}
