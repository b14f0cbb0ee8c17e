package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.medsecforms.model.internal.io.IoError;

/**
 * Thrown by this package's deserializers: a Jackson mapping exception (so Jackson adds the path as it unwinds)
 * that carries an MSF-IO error code and message arguments. Its own message is only the code, so it never
 * repeats the input (which may be a password).
 */
public final class CodedMappingException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final IoError error;
    private final transient Object[] args;

    public CodedMappingException(JsonParser parser, IoError error, Throwable cause, Object... args) {
        super(parser, error.code(), cause);
        this.error = error;
        this.args = args.clone();
    }

    public IoError error() {
        return error;
    }

    public Object[] args() {
        return args.clone();
    }
}
