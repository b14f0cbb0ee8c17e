package io.github.medsecforms.archfixture.model;

import io.github.medsecforms.archfixture.model.a.A;
import io.github.medsecforms.archfixture.model.b.B;
import java.util.List;

/** Like {@code FormRegistry}: the root references every form package (root -> form packages). Not a cycle. */
public final class Registry {
    public static final List<Class<? extends Form>> FORMS = List.of(A.class, B.class);

    private Registry() {
    }
}
