package io.github.medsecforms.archfixture.validation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.validator.HibernateValidator;

/** Allowed: the report's JSON (Jackson) and Hibernate Validator inside validation.internal. */
public final class ReportJson {
    public String write(Object report) throws Exception {
        return new ObjectMapper().writeValueAsString(report) + HibernateValidator.class.getSimpleName();
    }
}
