/**
 * <b>Internal.</b> What forms-xlsx, forms-json and forms-pdf share: the codes {@code MSF-IO-nnnn}
 * ({@link io.github.medsecforms.model.internal.io.IoError}) and their message bundle, the internal failure that
 * becomes a {@link io.github.medsecforms.model.FormIoException}, the form-id table of JSON and XML documents, and
 * reading values out of records by model path. Exported only to those three modules (see {@code module-info.java});
 * not part of the public API; may change without notice.
 */
package io.github.medsecforms.model.internal.io;
