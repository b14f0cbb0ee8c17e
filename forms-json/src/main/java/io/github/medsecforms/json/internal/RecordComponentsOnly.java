package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.RecordComponent;

/**
 * The JSON/XML view of a record is exactly its components: helper methods that look like bean getters
 * ({@code SurveyContact.isComplete()}, …) are ignored, so they are neither written nor accepted.
 */
final class RecordComponentsOnly extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember m) {
        Class<?> owner = m.getDeclaringClass();
        if (owner == null || !owner.isRecord()) {
            return false;
        }
        if (m instanceof AnnotatedMethod method) {
            return method.getParameterCount() != 0 || !isComponent(owner, method.getName());
        }
        if (m instanceof AnnotatedField field) {
            return !isComponent(owner, field.getName());
        }
        return false;
    }

    static boolean isComponent(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
