package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.value.Secret;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * Derives cascading ({@code @Valid}) from the form records, which carry none: a record component is cascaded when
 * its type is a <em>group record</em> (a record of fields, i.e. any record outside the model's value package, whose
 * types such as {@code Ipv4Address} check themselves when built), and a container component ({@code List},
 * {@code Optional}, …) has its type arguments that are group records cascaded as container elements, so
 * {@code List<Line>} behaves like {@code List<@Valid Line>}. The walk starts at the form roots and follows every
 * cascaded type.
 */
final class CascadeMapping {
    private static final String VALUE_PACKAGE = Secret.class.getPackageName();

    private CascadeMapping() {
    }

    /** A constraint mapping cascading into every group record reachable from {@code roots}. */
    static ConstraintMapping of(HibernateValidatorConfiguration configuration, Collection<? extends Class<?>> roots) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || !type.isRecord()) {
                continue;
            }
            TypeConstraintMappingContext<?> typeContext = null;
            for (RecordComponent component : type.getRecordComponents()) {
                boolean cascaded = isGroup(component.getType());
                List<int[]> elements = new ArrayList<>();
                groupArguments(component.getGenericType(), new int[0], elements, todo);
                if (!cascaded && elements.isEmpty()) {
                    continue;
                }
                if (typeContext == null) {
                    typeContext = mapping.type(type);
                }
                PropertyConstraintMappingContext property = typeContext.field(component.getName());
                if (cascaded) {
                    property.valid();
                    todo.push(component.getType());
                }
                for (int[] element : elements) {
                    property.containerElementType(element[0], Arrays.copyOfRange(element, 1, element.length)).valid();
                }
            }
        }
        return mapping;
    }

    /** Collects the index paths of the type arguments (at any depth) of {@code type} that are group records. */
    private static void groupArguments(Type type, int[] prefix, List<int[]> out, Deque<Class<?>> todo) {
        if (!(type instanceof ParameterizedType parameterized)) {
            return;
        }
        Type[] arguments = parameterized.getActualTypeArguments();
        for (int i = 0; i < arguments.length; i++) {
            int[] path = Arrays.copyOf(prefix, prefix.length + 1);
            path[path.length - 1] = i;
            Type argument = arguments[i];
            if (argument instanceof Class<?> cls && isGroup(cls)) {
                out.add(path);
                todo.push(cls);
            } else {
                groupArguments(argument, path, out, todo);
            }
        }
    }

    /** Whether values of {@code type} are records of fields to cascade into (not value types). */
    static boolean isGroup(Class<?> type) {
        return type.isRecord() && !type.getPackageName().equals(VALUE_PACKAGE);
    }
}
