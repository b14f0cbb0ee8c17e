package io.github.medsecforms.archfixture.validation;

import com.ctc.wstx.stax.WstxInputFactory;
import org.hibernate.validator.HibernateValidator;

/** Breaks rules 4c and 4f: validation parses XML with Woodstox, and uses Hibernate Validator outside its internals. */
class ParsesXml {
    Object factory() {
        return new WstxInputFactory();
    }

    Class<?> provider() {
        return HibernateValidator.class;
    }
}
