/**
 * <b>Internal.</b> JMH benchmarks of reading and validating form workbooks, through the public API only; results and
 * the commands to run them are in docs/performance.md. Not part of the public API, and not shipped in the SDK's jars.
 *
 * <p>{@code CpuTime} and {@code ColdStart} are command-line programs (run with {@code java -cp benchmarks.jar …}):
 * their output is the measurement, so they print to standard output, like JMH's own runner. Library modules never
 * print.
 */
package io.github.medsecforms.benchmarks;
