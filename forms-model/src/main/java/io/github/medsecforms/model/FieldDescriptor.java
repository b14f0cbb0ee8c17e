package io.github.medsecforms.model;

import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;
import java.util.Optional;

/**
 * One field of a form as its metadata describes it.
 *
 * @param path        model path relative to its sheet block or table row, e.g. {@code contact1.name}
 * @param label       official Japanese label, without required marks
 * @param labelEn     English label
 * @param groups      header cells or groups above the label (two-row headers, 担当者①), outermost first
 * @param required    whether the field must be filled (its own mark and every enclosing group's)
 * @param kind        the kind of value
 * @param javaType    the Java type of the value (unwrapped from {@code Optional})
 * @param choices     choice fields: the official wordings in order; text fields: suggested values; else empty
 * @param strict      whether only {@link #choices} are allowed (choice fields) or others too (suggestions)
 * @param aliases     other label wordings the reader accepts
 * @param example     value of the 記入例 row, or empty
 * @param hint        input message, or empty
 * @param text        how free text is normalised
 * @param since       first version that has the field, if not every version
 * @param marked      whether the form prints a required mark for it (a required field without one is required by the
 *                    notice's text or by our design; templates print no mark for it)
 * @param basis       where the label's wording comes from
 * @param choiceBases where each of {@link #choices} comes from, in the same order
 */
public record FieldDescriptor(String path, String label, String labelEn, List<Group> groups, boolean required,
                              ValueKind kind, Class<?> javaType, List<String> choices, boolean strict,
                              List<String> aliases, String example, String hint, TextKind text,
                              Optional<FiscalYear> since, boolean marked, Basis basis, List<Basis> choiceBases) {
    public FieldDescriptor {
        groups = List.copyOf(groups);
        choices = List.copyOf(choices);
        aliases = List.copyOf(aliases);
        choiceBases = List.copyOf(choiceBases);
        if (choiceBases.size() != choices.size()) {
            throw new IllegalArgumentException(path + ": one basis per choice");
        }
    }

    /**
     * A header cell or group above a field.
     *
     * @param label    Japanese text, e.g. {@code 調査希望} or {@code 担当者①}
     * @param labelEn  English text
     * @param required whether the group carries a required mark
     * @param aliases  other wordings of the text the reader accepts
     * @param basis    where the text comes from
     */
    public record Group(String label, String labelEn, boolean required, List<String> aliases, Basis basis) {
        public Group {
            aliases = List.copyOf(aliases);
        }

        /** A group whose text has no other wording and no basis of its own. */
        public Group(String label, String labelEn, boolean required) {
            this(label, labelEn, required, List.of(), Basis.ourDesign("a group built without metadata"));
        }
    }

    /** The last element of the path: the record component's name. */
    /** This field under another path (a field of a block read as a column of a sheet that lists many forms). */
    public FieldDescriptor withPath(String newPath) {
        return new FieldDescriptor(newPath, label, labelEn, groups, required, kind, javaType, choices, strict, aliases,
                example, hint, text, since, marked, basis, choiceBases);
    }

    public String name() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Whether the form of {@code version} has this field. */
    public boolean appliesTo(FiscalYear version) {
        return since.map(s -> s.compareTo(version) <= 0).orElse(true);
    }

    /** Group labels and the label joined with {@code /}, e.g. {@code 調査希望/脆弱性診断}: how messages name the field. */
    public String qualifiedLabel() {
        StringBuilder sb = new StringBuilder();
        for (Group g : groups) {
            sb.append(g.label()).append('/');
        }
        return sb.append(label).toString();
    }

    /** The English counterpart of {@link #qualifiedLabel()}. */
    public String qualifiedLabelEn() {
        StringBuilder sb = new StringBuilder();
        for (Group g : groups) {
            sb.append(g.labelEn()).append(" / ");
        }
        return sb.append(labelEn).toString();
    }
}
