/**
 * The local bridge: {@code FormsBridge.create(config -> ...)} wraps Javalin and Jetty, which stay inside the
 * non-exported {@code internal} package; the API JSON is written with Jackson.
 */
module io.github.medsecforms.bridge {
    requires transitive io.github.medsecforms.model;
    requires io.github.medsecforms;
    requires io.github.medsecforms.json;
    requires io.github.medsecforms.pdf;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.github.medsecforms.bridge;

    // the message bundle is read by forms-model's LocalizedMessages
    opens io.github.medsecforms.bridge to io.github.medsecforms.model;
}
