package io.github.medsecforms.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Writes a Bean Validation {@link Path} as a model path: record component names joined with {@code .}, list
 * indexes (and map keys) as {@code [i]}, container element nodes ({@code <list element>}) and {@code Optional}
 * left out, so the path names exactly the record component, e.g. {@code lines[2].globalIpAddress}.
 */
final class ModelPath {
    private ModelPath() {
    }

    static String of(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }
}
