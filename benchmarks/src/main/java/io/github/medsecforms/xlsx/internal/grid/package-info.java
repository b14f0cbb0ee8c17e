/**
 * <b>Benchmarks only.</b> A probe into forms-xlsx's zip layer for {@code AlternativesBenchmark} (the benchmarks run
 * on the class path, where this package joins forms-xlsx's own); never shipped.
 */
package io.github.medsecforms.xlsx.internal.grid;
