package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpAndLanguageTest {

    @Test
    void help_is_japanese_by_default_even_though_the_jvm_locale_is_english() {
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("en"); // set by surefire's argLine

        Run run = Run.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("使い方: medsec-forms")
                .contains("サブコマンド:", "forms", "終了コード:", "2   使い方の誤り")
                .doesNotContain("Usage:");
    }

    @Test
    void lang_en_gives_english_help() {
        Run run = Run.of("--lang", "en", "--help");

        assertThat(run.out()).startsWith("Usage: medsec-forms")
                .contains("Commands:", "Exit codes:", "Show this help message and exit.")
                .doesNotContain("使い方");
    }

    @Test
    void lang_en_after_the_subcommand_gives_english_help_of_the_subcommand() {
        Run run = Run.of("forms", "--help", "--lang=en");

        assertThat(run.out()).startsWith("Usage: medsec-forms forms").contains("Output format: text (default)");
    }

    @Test
    void the_environment_variable_picks_english_and_the_option_overrides_it() {
        Map<String, String> env = Map.of(Language.ENV, "en_US.UTF-8");

        assertThat(Run.withEnv(env, "--help").out()).startsWith("Usage:");
        assertThat(Run.withEnv(env, "--lang", "ja", "--help").out()).startsWith("使い方:");
    }

    @Test
    void an_unknown_language_is_a_usage_error() {
        Run run = Run.of("--lang", "fr", "forms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--lang");
    }

    @Test
    void no_subcommand_prints_the_help() {
        Run run = Run.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("使い方: medsec-forms");
    }

    @Test
    void an_unknown_option_exits_2_with_a_japanese_message_and_a_hint() {
        Run run = Run.of("--bogus");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("エラー: ").contains("medsec-forms --help");
    }

    @Test
    void version_prints_the_maven_project_version() {
        Run run = Run.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("medsec-forms " + VersionProvider.version());
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void every_japanese_message_key_has_an_english_translation() {
        var ja = Messages.of(Language.JA).bundle();
        var en = Messages.of(Language.EN).bundle();

        assertThat(ja.keySet()).allSatisfy(key -> assertThat(en.getString(key)).as(key).isNotBlank());
    }

    @Test
    void choosing_the_language_stops_at_the_end_of_options() {
        assertThat(Language.choose(new String[] {"--", "--lang", "en"}, Map.of())).isEqualTo(Language.JA);
        assertThat(Language.choose(new String[] {"--lang=EN"}, Map.of())).isEqualTo(Language.EN);
    }
}
