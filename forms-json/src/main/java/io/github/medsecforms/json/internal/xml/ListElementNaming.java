package io.github.medsecforms.json.internal.xml;

import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * XML names of list components: a wrapper element named like the component and one element per item named in
 * the singular ({@code <lines><line>…</line></lines>}, {@code <entries><entry>…</entry></entries>}). Applies to
 * every {@code List} component of a record, derived from the component name, so no model annotation is needed.
 */
public final class ListElementNaming extends JacksonXmlAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    public ListElementNaming() {
        super(true);
    }

    @Override
    public PropertyName findWrapperName(Annotated a) {
        String component = listComponent(a);
        return component != null ? PropertyName.construct(component) : super.findWrapperName(a);
    }

    @Override
    public PropertyName findNameForSerialization(Annotated a) {
        String component = listComponent(a);
        return component != null ? PropertyName.construct(singular(component)) : super.findNameForSerialization(a);
    }


    /** The item element name of a list named {@code plural}: {@code entries} → {@code entry}, {@code lines} → {@code line}. */
    public static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("s")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural + "Item";
    }

    /** The name of the record's list component this member stands for, or null. */
    private static String listComponent(Annotated a) {
        RecordComponent c = component(a);
        return c != null && c.getType() == List.class ? c.getName() : null;
    }

    private static RecordComponent component(Annotated a) {
        if (a instanceof AnnotatedParameter p) {
            Class<?> owner = p.getOwner().getDeclaringClass();
            if (owner.isRecord()) {
                RecordComponent[] components = owner.getRecordComponents();
                if (p.getOwner().getParameterCount() == components.length && p.getIndex() < components.length
                        && p.getOwner().getRawParameterType(p.getIndex()) == components[p.getIndex()].getType()) {
                    return components[p.getIndex()];
                }
            }
            return null;
        }
        if (a instanceof AnnotatedMethod m && m.getParameterCount() == 0) {
            return byName(m.getDeclaringClass(), m.getName());
        }
        if (a instanceof AnnotatedField f) {
            return byName(f.getDeclaringClass(), f.getName());
        }
        return null;
    }

    private static RecordComponent byName(Class<?> owner, String name) {
        if (owner == null || !owner.isRecord()) {
            return null;
        }
        for (RecordComponent c : owner.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
