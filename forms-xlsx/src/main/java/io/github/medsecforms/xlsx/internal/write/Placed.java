package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.FieldDescriptor;

/**
 * One cell (or merged range) of a layout.
 *
 * @param region where it goes
 * @param role   what it is for
 * @param text   the text written into it (labels, examples, prefilled items); {@code null} for input cells
 * @param field  the field it belongs to (input, example and key cells), else {@code null}
 * @param path   the model path its value belongs to (input cells of an instance), else {@code null}
 * @param value  the model value to write (input cells of an instance; unwrapped from Optional), or {@code null}
 * @param note   a muted suffix written after {@code text} (e.g. {@code ※未確認}), or {@code null}
 */
public record Placed(Region region, Role role, String text, FieldDescriptor field, String path, Object value,
                     String note) {

    static Placed text(Region region, Role role, String text) {
        return new Placed(region, role, text, null, null, null, null);
    }

    static Placed input(Region region, FieldDescriptor field, String path, Object value) {
        return new Placed(region, Role.INPUT, null, field, path, value, null);
    }
}
