package io.github.medsecforms.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.FormRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files of the distribution zip as written in the repository (cli/src/dist, examples/excel): encodings and line
 * ends Windows reads, and the Excel macro, the double-click launcher and the command-line launcher agreeing on what
 * runs (docs/decisions.md D-64). The zip itself is run by DistributionIT.
 */
class DistributionFilesTest {
    private static final Path ROOT = Path.of(System.getProperty("medsec.root.dir", "..")).toAbsolutePath().normalize();
    private static final Path DIST = ROOT.resolve("cli/src/dist");
    private static final Path MACRO = ROOT.resolve("examples/excel/MedsecFormsBridge.bas");
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String LAUNCHER = "medsec-forms.cmd";
    private static final String DOUBLE_CLICK = "検証サーバーを起動.cmd";

    @Test
    void the_windows_launchers_are_cp932_with_crlf_and_no_double_byte_character_hides_a_cmd_metacharacter() throws Exception {
        for (String name : List.of(LAUNCHER, DOUBLE_CLICK)) {
            byte[] bytes = Files.readAllBytes(DIST.resolve(name));
            String text = strict(bytes, CP932);

            assertThat(text.replace("\r\n", "")).as(name + ": CRLF only").doesNotContain("\n").doesNotContain("\r");
            assertThat(text).as(name).startsWith("@echo off\r\n");
            // in a console of another code page, a second byte of | ^ \ < > & would be read as that character
            for (char c : text.toCharArray()) {
                byte[] encoded = String.valueOf(c).getBytes(CP932);
                if (encoded.length == 2) {
                    assertThat("|^\\<>&\"()!".indexOf(encoded[1])).as(name + ": " + c).isEqualTo(-1);
                }
            }
        }
        String doubleClick = strict(Files.readAllBytes(DIST.resolve(DOUBLE_CLICK)), CP932);
        int firstJapanese = firstNonAscii(doubleClick);
        assertThat(doubleClick.indexOf("chcp 932 >nul")).as("the code page is set before any Japanese line")
                .isPositive().isLessThan(firstJapanese);
        assertThat(strict(Files.readAllBytes(DIST.resolve(LAUNCHER)), CP932)).as("the launcher leaves the console's code page")
                .doesNotContain("chcp");
    }

    @Test
    void the_read_me_is_utf_8_with_a_byte_order_mark_and_crlf_says_what_java_is_needed_and_how_to_unblock() throws Exception {
        byte[] bytes = Files.readAllBytes(DIST.resolve("はじめにお読みください.txt"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = strict(bytes, StandardCharsets.UTF_8).substring(1);

        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).contains("Java 17 以上", "https://adoptium.net/ja/", "プロパティ", "ブロックの解除", "信頼できる場所",
                "検証サーバーを起動.cmd", "MEDSEC_FORMS_FOLDER", "MEDSEC_FORMS_HOME");
        // the list of templates: every form, with its title, as template --all writes them
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z-]+)\\.xlsx +(.+?)\\r?$").matcher(text);
        while (m.find()) {
            listed.add(m.group(1) + " " + m.group(2));
        }
        assertThat(listed).containsExactlyElementsOf(FormRegistry.forms().stream().map(f -> f.id() + " " + f.title()).toList());
    }

    @Test
    void the_macro_starts_the_launcher_of_the_distribution_folder_with_the_serve_of_the_double_click_launcher() throws Exception {
        String macro = strict(Files.readAllBytes(MACRO), CP932);
        String launcher = strict(Files.readAllBytes(DIST.resolve(LAUNCHER)), CP932);
        String doubleClick = strict(Files.readAllBytes(DIST.resolve(DOUBLE_CLICK)), CP932);
        assertThat(macro.replace("\r\n", "")).doesNotContain("\n");

        // the macro: <folder>\medsec-forms.cmd with SERVE_ARGS
        assertThat(macro).contains("launcher = folder & \"\\medsec-forms.cmd\"");
        Matcher args = Pattern.compile("Private Const SERVE_ARGS As String = \"([^\"]*)\"").matcher(macro);
        assertThat(args.find()).isTrue();
        List<String> macroArgs = List.of(args.group(1).split(" "));
        // the double-click launcher: the same launcher of its own folder, the same command
        Matcher call = Pattern.compile("(?m)^call \"%~dp0medsec-forms\\.cmd\" ([^\r\n]+)\r\n").matcher(doubleClick);
        assertThat(call.find()).isTrue();
        List<String> clickArgs = List.of(call.group(1).split(" "));
        assertThat(macroArgs).startsWith(clickArgs.toArray(String[]::new));
        assertThat(macroArgs.subList(clickArgs.size(), macroArgs.size())).hasSize(2).first().isEqualTo("--exit-when-idle");
        assertThat(ServeCommand.idleTime(macroArgs.get(macroArgs.size() - 1))).as("serve reads the macro's idle time")
                .isPresent();
        assertThat(clickArgs).containsExactly("serve");

        // what the launcher runs: java with the serve options (none) and the jar of lib\ next to it
        assertThat(launcher).contains("set \"MSF_JAR=%~dp0lib\\medsec-forms-all.jar\"\r\n")
                .contains("if /i \"%~1\"==\"serve\" set \"MSF_OPTS=\"\r\n")
                .contains("\r\n\"%MSF_JAVA%\" %MSF_OPTS% %MEDSEC_FORMS_JAVA_OPTS% -jar \"%MSF_JAR%\" %*\r\n");
        // Java: the bundled runtime, JAVA_HOME, PATH, the usual folders; 17 or later; a Japanese message and exit 3
        assertThat(launcher.indexOf("runtime\\bin\\java.exe")).isLessThan(launcher.indexOf("%JAVA_HOME%\\bin\\java.exe"));
        assertThat(launcher.indexOf("%JAVA_HOME%\\bin\\java.exe")).isLessThan(launcher.indexOf("%%~$PATH:i"));
        assertThat(launcher.indexOf("%%~$PATH:i")).isLessThan(launcher.indexOf("call :search \"%ProgramFiles%\\Eclipse Adoptium\""));
        assertThat(launcher).contains("GEQ 17", "Java 17 以上が見つかりません", "https://adoptium.net/ja/", "exit /b 3");
    }

    @Test
    void the_shell_launcher_is_posix_sh_with_lf_and_runs_the_jar_of_lib() throws Exception {
        String sh = Files.readString(DIST.resolve("medsec-forms"), StandardCharsets.UTF_8);
        assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").contains("\"$home/lib/medsec-forms-all.jar\"")
                .contains("Java 17 以上が見つかりません").contains("exit 3");
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return i;
            }
        }
        return text.length();
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
