/** Generators of workbooks for the batch benchmark ({@code scripts/bench-batch.sh}) and the prefecture walk-through; test sources only. */
package io.github.medsecforms.cli.bench;
