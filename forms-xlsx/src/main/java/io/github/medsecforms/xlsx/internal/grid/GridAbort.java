package io.github.medsecforms.xlsx.internal.grid;

/**
 * Carries a {@link GridException} out of code that cannot throw it (an {@link java.io.InputStream} read by the
 * XML parser). Always caught by {@link GridReader} and unwrapped; never escapes the package.
 */
final class GridAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GridAbort(GridException exception) {
        super(exception.code(), exception, false, false);
    }

    GridException exception() {
        return (GridException) getCause();
    }
}
