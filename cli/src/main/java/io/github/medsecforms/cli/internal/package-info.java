/**
 * <b>Internal.</b> The commands of the {@code medsec-forms} command line and their renderers. Not an API: names and
 * output may change; the stable surface is the command line itself.
 *
 * <p>Adding a subcommand: extend {@link io.github.medsecforms.cli.internal.CliCommand}, give it a picocli
 * {@code @Command(name = …)}, add its help texts to {@code messages.properties} (Japanese) and
 * {@code messages_en.properties}, and list it in {@link io.github.medsecforms.cli.internal.TopCommand}'s
 * {@code subcommands}. Commands print only through {@link io.github.medsecforms.cli.internal.CliCommand#out()} and
 * {@link io.github.medsecforms.cli.internal.CliCommand#err()} and return an exit code from
 * {@link io.github.medsecforms.cli.internal.ExitCodes}.</p>
 */
package io.github.medsecforms.cli.internal;
