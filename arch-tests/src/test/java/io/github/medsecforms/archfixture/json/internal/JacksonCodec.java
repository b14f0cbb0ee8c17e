package io.github.medsecforms.archfixture.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Allowed: Jackson inside json.internal. */
public final class JacksonCodec {
    public String write(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }
}
