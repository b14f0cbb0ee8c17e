package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Mix-in for {@link io.github.medsecforms.model.Form}: every root document carries the form id in
 * {@value #FORM_ID} (a JSON property written first; an XML attribute of the root element {@code <form>}), and
 * reading resolves the record type from it. The model itself carries no binding annotations.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = FormMixin.FORM_ID)
@XmlRootElement(name = FormMixin.XML_ROOT)
abstract class FormMixin {
    /** The property (JSON) or attribute (XML) naming the form. */
    static final String FORM_ID = "formId";
    /** The root element of every XML document. */
    static final String XML_ROOT = "form";
}
