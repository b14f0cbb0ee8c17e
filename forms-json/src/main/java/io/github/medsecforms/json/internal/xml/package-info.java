/**
 * <b>Internal.</b> XML specifics of the Jackson view: the element names of list items. Not part of the public
 * API; may change without notice.
 */
package io.github.medsecforms.json.internal.xml;
