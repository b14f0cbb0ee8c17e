package io.github.medsecforms.archfixture.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks rules 4e and 4g: a public, non-internal json class that hands out a Jackson type. */
public class JsonApi {
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
