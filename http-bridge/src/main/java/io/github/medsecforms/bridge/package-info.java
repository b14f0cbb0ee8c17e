/**
 * <b>Public API.</b> The local bridge: {@link io.github.medsecforms.bridge.FormsBridge} (the local web server an
 * Excel button, its own web page and prefecture systems call; configured by {@link
 * io.github.medsecforms.bridge.BridgeConfig}, refusals at start as {@link io.github.medsecforms.bridge.BridgeException}).
 * Reading and validating go through the front door, {@link io.github.medsecforms.MedsecForms}, as in the command
 * line. The API and its security model: {@code docs/bridge.md}.
 */
package io.github.medsecforms.bridge;
