package io.github.medsecforms.validation.internal;

import static io.github.medsecforms.validation.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.constraints.HospitalBeds;
import io.github.medsecforms.model.constraints.HostName;
import io.github.medsecforms.model.constraints.Kana;
import io.github.medsecforms.model.constraints.PublicAddress;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.value.Ipv4Address;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.UnexpectedTypeException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.classmate.TypeResolver;
import jakarta.el.ExpressionFactory;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.hibernate.validator.HibernateValidator;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The catalogue's validators reach Hibernate Validator through the service file, and only through it. */
class ServiceRegistrationTest {
    private static final String SERVICE_FILE = "META-INF/services/jakarta.validation.ConstraintValidator";

    private static final Line PRIVATE_LINE =
            record(Line.class, "globalIpAddress", Optional.of(Ipv4Address.parse("192.168.1.1")));

    @Test
    void the_service_file_registers_one_validator_for_each_catalogue_constraint() throws Exception {
        List<String> names;
        try (InputStream in = ServiceRegistrationTest.class.getClassLoader().getResourceAsStream(SERVICE_FILE)) {
            assertThat(in).as(SERVICE_FILE).isNotNull();
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        List<Class<?>> constraints = names.stream().map(ServiceRegistrationTest::constraintOf).toList();

        assertThat(constraints).containsExactlyInAnyOrder(PublicAddress.class, Kana.class, HospitalBeds.class,
                HostName.class);
        for (Class<?> constraint : constraints) {
            assertThat(constraint.getAnnotation(Constraint.class).validatedBy()).as(constraint.getName()).isEmpty();
        }
    }

    @Test
    void a_plain_bootstrap_validates_a_type_use_constraint_inside_optional_through_the_service_file() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Line>> violations = factory.getValidator().validate(PRIVATE_LINE);

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(PublicAddress.class);
                assertThat(v.getPropertyPath()).hasToString("globalIpAddress");
                assertThat(v.getInvalidValue()).isEqualTo(Ipv4Address.parse("192.168.1.1"));
            });
        }
    }

    @Test
    void the_same_class_path_without_the_service_file_has_no_validator_for_the_catalogue() throws Exception {
        assertThat(validateLineInIsolation(false)).isEqualTo("1 violation of " + PublicAddress.class.getName());
        assertThat(validateLineInIsolation(true)).startsWith(UnexpectedTypeException.class.getName())
                .contains("HV000030").contains(PublicAddress.class.getName());
    }

    /**
     * Validates a {@link Line} with a private address in a class loader of its own over the same jars and classes
     * (Hibernate Validator falls back to its own class loader for service files, so only a loader that also loads
     * Hibernate Validator can hide ours), with or without our service file.
     */
    private static String validateLineInIsolation(boolean hideServiceFile) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Class<?> anchor : List.of(HibernateValidator.class, Validation.class, Logger.class, TypeResolver.class,
                ExpressionFactory.class, ExpressionFactoryImpl.class, Line.class, KanaValidator.class)) {
            URL url = anchor.getProtectionDomain().getCodeSource().getLocation();
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
            @Override
            public URL findResource(String name) {
                return hideServiceFile && SERVICE_FILE.equals(name) ? null : super.findResource(name);
            }

            @Override
            public Enumeration<URL> findResources(String name) throws IOException {
                return hideServiceFile && SERVICE_FILE.equals(name) ? Collections.emptyEnumeration()
                        : super.findResources(name);
            }
        }) {
            thread.setContextClassLoader(isolated);
            Class<?> addressType = isolated.loadClass(Ipv4Address.class.getName());
            Object address = addressType.getMethod("parse", CharSequence.class).invoke(null, "192.168.1.1");
            @SuppressWarnings("unchecked")
            Class<Record> lineType = (Class<Record>) isolated.loadClass(Line.class.getName());
            Object line = record(lineType, "globalIpAddress", Optional.of(address));
            Object factory = isolated.loadClass(Validation.class.getName())
                    .getMethod("buildDefaultValidatorFactory").invoke(null);
            try {
                Object validator = factory.getClass().getMethod("getValidator").invoke(factory);
                Set<?> violations = (Set<?>) validator.getClass().getMethod("validate", Object.class, Class[].class)
                        .invoke(validator, line, new Class<?>[0]);
                Object descriptor = violations.iterator().next().getClass().getMethod("getConstraintDescriptor")
                        .invoke(violations.iterator().next());
                Annotation annotation = (Annotation) descriptor.getClass().getMethod("getAnnotation").invoke(descriptor);
                return violations.size() + " violation of " + annotation.annotationType().getName();
            } catch (InvocationTargetException e) {
                return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
            } finally {
                ((AutoCloseable) factory).close();
            }
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** The constraint annotation {@code A} of a validator class implementing {@code ConstraintValidator<A, T>}. */
    private static Class<?> constraintOf(String validatorName) {
        try {
            Class<?> validator = Class.forName(validatorName);
            assertThat(validator.getPackageName()).isEqualTo(ServiceRegistrationTest.class.getPackageName());
            Type type = Arrays.stream(validator.getGenericInterfaces())
                    .filter(t -> t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class)
                    .findFirst().orElseThrow();
            return (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
