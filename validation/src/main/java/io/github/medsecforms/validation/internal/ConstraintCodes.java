package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.Severity;

import io.github.medsecforms.model.constraints.HospitalBeds;
import io.github.medsecforms.model.constraints.HostName;
import io.github.medsecforms.model.constraints.Info;
import io.github.medsecforms.model.constraints.Kana;
import io.github.medsecforms.model.constraints.PublicAddress;
import io.github.medsecforms.model.constraints.Warning;
import io.github.medsecforms.model.Severity;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code and severity of each constraint. A constraint's code is fixed by its annotation type, so an annotation
 * with a custom message keeps its code; constraints without a code of their own get {@link #OTHER}.
 */
final class ConstraintCodes {
    /** Any constraint without a code of its own; the message wraps Hibernate Validator's. */
    static final String OTHER = "MSF-FLD-0100";

    /** Every coded constraint, by code order. */
    static final Map<Class<? extends Annotation>, String> CODES = codes();

    private ConstraintCodes() {
    }

    private static Map<Class<? extends Annotation>, String> codes() {
        Map<Class<? extends Annotation>, String> codes = new LinkedHashMap<>();
        codes.put(PublicAddress.class, "MSF-FLD-0001");
        codes.put(Kana.class, "MSF-FLD-0002");
        codes.put(HospitalBeds.class, "MSF-FLD-0003");
        codes.put(HostName.class, "MSF-FLD-0004");
        codes.put(Min.class, "MSF-FLD-0101");
        codes.put(Max.class, "MSF-FLD-0102");
        return Map.copyOf(codes);
    }

    static String codeOf(ConstraintDescriptor<?> constraint) {
        return CODES.getOrDefault(constraint.getAnnotation().annotationType(), OTHER);
    }

    /** {@link Severity#WARNING} for a {@link Warning} payload, {@link Severity#INFO} for {@link Info}, else error. */
    static Severity severityOf(ConstraintDescriptor<?> constraint) {
        Severity severity = Severity.ERROR;
        for (Class<? extends Payload> payload : constraint.getPayload()) {
            if (Warning.class.isAssignableFrom(payload)) {
                return Severity.WARNING;
            }
            if (Info.class.isAssignableFrom(payload)) {
                severity = Severity.INFO;
            }
        }
        return severity;
    }
}
