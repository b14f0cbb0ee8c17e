/**
 * <b>Internal.</b> JMH benchmarks of reading and validating form workbooks, through the public API only; results and
 * the commands to run them are in docs/performance.md. Not part of the public API.
 */
package io.github.medsecforms.benchmarks;
