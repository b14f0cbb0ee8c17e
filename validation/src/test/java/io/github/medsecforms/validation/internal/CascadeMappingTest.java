package io.github.medsecforms.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.selection.HospitalSelection;
import jakarta.validation.Constraint;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cascading is derived from the records: every block and every table row of every form is validated. */
class CascadeMappingTest {
    private final Validator validator = ValidationEngine.instance().validator(Locale.JAPANESE);

    @Test
    void blocks_and_table_rows_of_the_line_survey_are_cascaded() {
        assertThat(property(LineDeviceSurvey.class, "basicInfo").isCascaded()).isTrue();
        assertThat(property(LineDeviceSurvey.class, "floorPlan").isCascaded()).isTrue();
        for (String table : List.of("contacts", "lines", "ports", "terminals")) {
            assertThat(elementsCascaded(property(LineDeviceSurvey.class, table))).as(table).isTrue();
        }
        assertThat(elementsCascaded(property(HospitalSelection.class, "hospitals"))).isTrue();
    }

    @Test
    void every_record_of_fields_reachable_from_every_form_is_cascaded_but_value_types_are_not() {
        int cascaded = 0;
        for (Class<?> type : reachableRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String where = type.getSimpleName() + "." + component.getName();
                boolean direct = isFieldRecord(component.getType());
                boolean elements = argumentsOf(component.getGenericType()).stream().anyMatch(this::isFieldRecord);
                PropertyDescriptor property = validator.getConstraintsForClass(type)
                        .getConstraintsForProperty(component.getName());
                if (direct) {
                    assertThat(property).as(where).isNotNull();
                    assertThat(property.isCascaded()).as(where).isTrue();
                    cascaded++;
                } else if (elements) {
                    assertThat(property).as(where).isNotNull();
                    assertThat(elementsCascaded(property)).as(where).isTrue();
                    cascaded++;
                } else if (property != null) {
                    assertThat(property.isCascaded()).as(where).isFalse();
                }
            }
        }
        assertThat(cascaded).isGreaterThan(15);
    }

    @Test
    void every_constraint_the_forms_use_has_a_code_and_every_code_is_used() {
        Set<Class<? extends Annotation>> used = new LinkedHashSet<>();
        for (Class<?> type : reachableRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectConstraints(component.getAnnotations(), used);
                collectTypeUseConstraints(component.getAnnotatedType(), used);
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(ConstraintCodes.CODES.keySet());
    }

    private static void collectTypeUseConstraints(AnnotatedType type, Set<Class<? extends Annotation>> out) {
        collectConstraints(type.getAnnotations(), out);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                collectTypeUseConstraints(argument, out);
            }
        }
    }

    private static void collectConstraints(Annotation[] annotations, Set<Class<? extends Annotation>> out) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                out.add(annotation.annotationType());
            }
        }
    }

    private PropertyDescriptor property(Class<?> type, String name) {
        PropertyDescriptor property = validator.getConstraintsForClass(type).getConstraintsForProperty(name);
        assertThat(property).as(type.getSimpleName() + "." + name).isNotNull();
        return property;
    }

    private static boolean elementsCascaded(PropertyDescriptor property) {
        return property.getConstrainedContainerElementTypes().stream()
                .anyMatch(ContainerElementTypeDescriptor::isCascaded);
    }

    /** Records of fields, decided independently of {@link CascadeMapping}: records outside the value package. */
    private boolean isFieldRecord(Class<?> type) {
        return type.isRecord() && !type.getPackageName().endsWith(".model.value");
    }

    private static List<Class<?>> argumentsOf(Type type) {
        List<Class<?>> out = new ArrayList<>();
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (argument instanceof Class<?> cls) {
                    out.add(cls);
                } else {
                    out.addAll(argumentsOf(argument));
                }
            }
        }
        return out;
    }

    private Set<Class<?>> reachableRecords() {
        Deque<Class<?>> todo = new ArrayDeque<>();
        FormRegistry.forms().stream().map(FormDescriptor::type).forEach(todo::add);
        todo.add(FormRegistry.credentialList().type());
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (seen.add(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (isFieldRecord(component.getType())) {
                        todo.add(component.getType());
                    }
                    argumentsOf(component.getGenericType()).stream().filter(this::isFieldRecord).forEach(todo::add);
                }
            }
        }
        return seen;
    }
}
