package io.github.medsecforms.xlsx.internal.read;

import java.util.Optional;

/**
 * The result of converting one cell: a value, nothing (blank), or a problem with its code and message arguments.
 * A problem never stops reading: the field is left empty and the problem becomes a finding.
 */
record Converted(Optional<Object> value, String problemCode, Object[] problemArgs, String problemEn, String problemJa) {
    static final Converted BLANK = new Converted(Optional.empty(), null, null, null, null);

    private static final Converted TRUE = new Converted(Optional.of(Boolean.TRUE), null, null, null, null);
    private static final Converted FALSE = new Converted(Optional.of(Boolean.FALSE), null, null, null, null);

    static Converted of(Object value) {
        if (value instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        return new Converted(Optional.of(value), null, null, null, null);
    }

    static Converted problem(String code, String ja, String en) {
        return new Converted(Optional.empty(), code, new Object[0], en, ja);
    }

    boolean failed() {
        return problemCode != null;
    }
}
