/**
 * <b>Internal.</b> The bridge's web server: the Javalin application ({@link
 * io.github.medsecforms.bridge.internal.BridgeServer}), its routes and handlers ({@link
 * io.github.medsecforms.bridge.internal.Api}), the security checks run before every handler ({@link
 * io.github.medsecforms.bridge.internal.Guard}: Host, Origin, token, body size), bounded uploads, RFC 9457 problem
 * answers and the web page's resources. Javalin and Jetty types never leave this package. Not API: may change in any
 * release; the public entry point is {@link io.github.medsecforms.bridge.FormsBridge}.
 */
package io.github.medsecforms.bridge.internal;
