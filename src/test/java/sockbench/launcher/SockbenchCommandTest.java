package sockbench.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a person types it: what opens the window with which arguments, and what is refused. */
class SockbenchCommandTest {
    private final List<List<String>> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Optional<String> displayProblem = Optional.empty();

    private String toolkitFailure;

    private int run(String... args) {
        SockbenchCommand command = new SockbenchCommand(a -> {
            if (toolkitFailure != null) {
                throw new UnsupportedOperationException(toolkitFailure);
            }
            opened.add(a);
            return 0;
        }, () -> displayProblem);
        CommandLine cl = SockbenchCommand.commandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void should_open_the_window_with_no_arguments() {
        assertThat(run()).isZero();
        assertThat(opened).containsExactly(List.of());
    }

    @Test
    void should_hand_every_window_option_to_the_window_in_the_form_it_reads(@TempDir Path dir) throws Exception {
        Path sample = Files.writeString(dir.resolve("s.scm"), "(display 1)\n");
        int status = run("--demo=transfer", "--view=transfer", "--dark", "--presentation", "--sample=" + sample);
        assertThat(status).as(err.toString()).isZero();
        assertThat(opened).containsExactly(List.of("--demo=transfer", "--view=transfer", "--dark", "--presentation",
                "--sample=" + sample));
    }

    @Test
    void should_accept_the_wire_and_explorer_views() {
        assertThat(run("--view=wire")).as(err.toString()).isZero();
        assertThat(run("--view=explorer")).as(err.toString()).isZero();
        assertThat(opened).containsExactly(List.of("--view=wire"), List.of("--view=explorer"));
    }

    @Test
    void should_run_the_basic_demo_for_a_bare_demo_option() {
        assertThat(run("--demo", "--dark")).isZero();
        assertThat(opened).containsExactly(List.of("--demo=basic", "--dark"));
    }

    @Test
    void should_refuse_an_unknown_option_with_the_usage_and_status_2() {
        assertThat(run("--scrpt", "x.scm")).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("sockbench: Unknown option: '--scrpt'")
                .contains("Possible solutions: --script").contains("Usage: sockbench").contains("--sample=FILE");
    }

    @Test
    void should_refuse_a_view_or_demo_that_does_not_exist() {
        assertThat(run("--view=netstat")).isEqualTo(2);
        assertThat(err.toString()).contains("no view named 'netstat'").contains("resolver").contains("wire");
        assertThat(run("--demo=nagle")).isEqualTo(2);
        assertThat(err.toString()).contains("no demo named 'nagle'").contains("buffering");
        assertThat(opened).isEmpty();
    }

    @Test
    void should_list_every_option_in_the_help() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--demo[=NAME]", "--view=NAME", "--dark", "--presentation",
                "--sample=FILE", "--script=FILE", "--repl", "--pcap=FILE", "--version", "basic,", "trace (default basic)", "CAP_NET_RAW");
        assertThat(opened).isEmpty();
    }

    @Test
    void should_print_the_version_the_pom_gives() {
        String pomVersion = System.getProperty("sockbench.pom.version");
        assertThat(pomVersion).as("surefire passes the pom's version").isNotBlank().doesNotContain("${");
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Sockbench " + pomVersion);
    }

    @Test
    void should_explain_a_missing_display_instead_of_opening_the_window() {
        displayProblem = Optional.of("no display: DISPLAY is not set");
        assertThat(run("--dark")).isEqualTo(69);
        assertThat(err.toString()).contains("sockbench: no display: DISPLAY is not set");
        assertThat(opened).isEmpty();
    }

    @Test
    void should_explain_a_display_that_does_not_open() {
        toolkitFailure = "Unable to open DISPLAY";
        assertThat(run()).isEqualTo(69);
        assertThat(err.toString()).startsWith("sockbench: the window cannot open: Unable to open DISPLAY")
                .contains("--script FILE or --repl").doesNotContain("\tat ");
    }

    @Test
    void should_refuse_window_options_beside_a_headless_run(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("s.scm"), "(exit 3)\n");
        assertThat(run("--script", script.toString(), "--dark")).isEqualTo(2);
        assertThat(err.toString()).contains("--dark").contains("without the window");
        assertThat(run("--repl", "--script", script.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--script and --repl exclude each other");
    }

    @Test
    void should_run_a_script_headless_with_its_exit_status(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("s.scm"), "(exit 3)\n");
        assertThat(run("--script", script.toString())).isEqualTo(3);
        assertThat(opened).isEmpty();
    }

    @Test
    void should_give_a_script_the_arguments_after_it_as_csi_s_does(@TempDir Path dir) throws Exception {
        // csi.scm: (program-name (cadr script)) (command-line-arguments (cddr script))
        Path script = Files.writeString(dir.resolve("args.scm"),
                "(exit (if (equal? (command-line-arguments) '(\"127.0.0.1\" \"-v\")) (string-length (program-name)) 1))\n");
        assertThat(run("--script", script.toString(), "127.0.0.1", "--", "-v")).isEqualTo(script.toString().length());
        assertThat(run("127.0.0.1")).isEqualTo(2);
        assertThat(err.toString()).contains("are a script's: give --script FILE before them");
        assertThat(opened).isEmpty();
    }

    @Test
    void should_name_a_script_or_sample_it_cannot_read(@TempDir Path dir) {
        Path missing = dir.resolve("nope.scm");
        assertThat(run("--script", missing.toString())).isEqualTo(66);
        assertThat(err.toString()).contains("cannot read script " + missing);
        assertThat(run("--sample=" + missing)).isEqualTo(66);
        assertThat(err.toString()).contains("cannot read sample " + missing);
        assertThat(opened).isEmpty();
    }

    @Test
    void should_take_pcap_only_with_a_script(@TempDir Path dir) throws Exception {
        assertThat(run("--pcap=out.pcap")).isEqualTo(2);
        assertThat(err.toString()).contains("--pcap writes the capture of a --script run");
        Path script = Files.writeString(dir.resolve("s.scm"), String.join("\n",
                "(define l (socket af/inet sock/stream))",
                "(socket-bind l (inet-address \"127.0.0.1\" 0))",
                "(socket-listen l 1)",
                "(define c (socket af/inet sock/stream))",
                "(socket-connect c (socket-name l))",
                "(define s (socket-accept l))",
                "(socket-send-all c \"hello\")",
                "(print (socket-receive s 5))",
                "(socket-close c) (socket-close s) (socket-close l)", ""));
        Path pcap = dir.resolve("out.pcap");
        int status = run("--script", script.toString(), "--pcap", pcap.toString());
        if (status == 69) { // no CAP_NET_RAW here: said plainly
            assertThat(err.toString()).contains("CAP_NET_RAW");
            return;
        }
        assertThat(status).isZero();
        byte[] file = Files.readAllBytes(pcap);
        // classic libpcap: magic a1b2c3d4 (in the writer's byte order), then the segments of the script's sockets
        assertThat(file.length).as("header and segments").isGreaterThan(24 + 3 * (16 + 54));
        int magic = java.nio.ByteBuffer.wrap(file, 0, 4).getInt();
        assertThat(magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1).isTrue();
    }
}
