/**
 * <b>Public API.</b> Form {@code support-request}: 支援の希望調査に係る回答様式.
 */
package io.github.medsecforms.model.supportrequest;
