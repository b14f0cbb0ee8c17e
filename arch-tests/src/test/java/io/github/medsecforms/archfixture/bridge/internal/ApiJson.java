package io.github.medsecforms.archfixture.bridge.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Allowed (for now): the bridge's own API JSON with Jackson, inside bridge.internal. */
public final class ApiJson {
    public String write(Object answer) throws Exception {
        return new ObjectMapper().writeValueAsString(answer);
    }
}
