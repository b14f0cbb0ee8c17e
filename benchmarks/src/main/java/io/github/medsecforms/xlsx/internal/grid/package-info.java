/**
 * <b>Internal, benchmarks only — not API.</b> {@code ZipProbe} sits in forms-xlsx's internal grid package so the
 * benchmarks can time the hand-written zip reader on its own (decision D-45); it ships in no published artifact.
 */
package io.github.medsecforms.xlsx.internal.grid;
