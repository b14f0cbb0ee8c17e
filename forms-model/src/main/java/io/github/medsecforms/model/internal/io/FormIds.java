package io.github.medsecforms.model.internal.io;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.FormRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form ids JSON and XML documents carry in {@code formId}: the nine submitted forms of {@link FormRegistry}
 * and the password list ({@link FormRegistry#credentialList()}), which can be written (passwords masked) but is
 * not a submitted form.
 */
public final class FormIds {
    private static final Map<String, Class<? extends Form>> BY_ID;
    private static final Map<Class<? extends Form>, String> BY_TYPE;

    static {
        List<FormDescriptor> all = new ArrayList<>(FormRegistry.forms());
        all.add(FormRegistry.credentialList());
        Map<String, Class<? extends Form>> byId = new LinkedHashMap<>();
        Map<Class<? extends Form>, String> byType = new LinkedHashMap<>();
        for (FormDescriptor d : all) {
            byId.put(d.id(), d.type());
            byType.put(d.type(), d.id());
        }
        BY_ID = Collections.unmodifiableMap(byId);
        BY_TYPE = Collections.unmodifiableMap(byType);
    }

    private FormIds() {
    }

    /** Every id, submitted forms first in catalogue order, then the password list. */
    public static Map<String, Class<? extends Form>> all() {
        return BY_ID;
    }

    /** The record type of a form id. */
    public static Optional<Class<? extends Form>> type(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The form id of a record type. */
    public static Optional<String> id(Class<?> type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The ids of the nine submitted forms, for messages. */
    public static String submittedIds() {
        return String.join(", ", FormRegistry.forms().stream().map(FormDescriptor::id).toList());
    }
}
