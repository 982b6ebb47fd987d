package sockbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sockbench.net.Linger;
import sockbench.net.OptionCatalogue;
import sockbench.net.SocketOptions;
import sockbench.ui.transcript.TranscriptEntry;

class OptionsWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void robot(FxRobot r) {
        robot = r;
    }

    /** A fresh TCP socket, selected, and the options view showing its values. */
    private void tcpSocketInOptions() {
        click("#create");
        waitForFirstSocket();
        click("#nav-options");
        waitUntil("options are read", () -> text("#value-tcp-no-delay").equals("#f"));
    }

    @Test
    void should_toggle_tcp_nodelay_and_read_it_back() {
        // given a TCP socket whose tcp/nodelay is off
        tcpSocketInOptions();

        // when the person ticks tcp-no-delay?
        click("#opt-tcp-no-delay");

        // then the window sets it and shows what the kernel reads back
        waitUntil("the read-back shows #t", () -> text("#value-tcp-no-delay").equals("#t"));
        assertThat(forms()).containsSubsequence("(set! (tcp-no-delay? s1) #t)", "(tcp-no-delay? s1)");
        assertThat(lastEntry().result()).isEqualTo("#t");
        assertThat(SocketOptions.get(model.sockets().rows().get(0).socket(),
                OptionCatalogue.byAccessor("tcp-no-delay?").orElseThrow())).isEqualTo(true);

        // and unticking it turns it off again
        click("#opt-tcp-no-delay");
        waitUntil("the read-back shows #f", () -> text("#value-tcp-no-delay").equals("#f")
                && lastEntry().status() == TranscriptEntry.Status.DONE);
        assertThat(lastEntry().result()).isEqualTo("#f");
    }

    @Test
    void should_set_linger_on_100_and_show_its_bytes_and_the_read_back() {
        // given a TCP socket and the linger editor
        tcpSocketInOptions();
        assertThat(text("#struct-hex")).isEqualTo("00 00 00 00 00 00 00 00");

        // when the person types l_onoff 1 and l_linger 100
        type("#field-l_onoff", "1");
        type("#field-l_linger", "100");

        // then the bytes follow, field by field (this host is little-endian)
        assertThat(text("#struct-hex")).isEqualTo("01 00 00 00 64 00 00 00");
        assertThat(text("#byte-0")).isEqualTo("01");
        assertThat(text("#byte-4")).isEqualTo("64");
        assertThat(text("#struct-decoded")).isEqualTo("(#t 100)");

        // when applied, the kernel's bytes are read back
        click("#struct-apply");
        waitUntil("the read-back arrives", () -> !text("#struct-readback").isEmpty());
        assertThat(text("#struct-readback")).isEqualTo("01 00 00 00 64 00 00 00");
        assertThat(text("#struct-readback-decoded")).isEqualTo("(#t 100)");
        assertThat(forms()).containsSubsequence(
                "(set-socket-option s1 sol/socket so/linger #${0100000064000000})",
                "(get-socket-option s1 sol/socket so/linger 8)");
        assertThat(SocketOptions.get(model.sockets().rows().get(0).socket(),
                OptionCatalogue.byAccessor("so-linger").orElseThrow())).isEqualTo(new Linger(true, 100));

        // and editing a byte changes the field: the other direction
        type("#byte-0", "00");
        assertThat(text("#field-l_onoff")).isEqualTo("0");
        assertThat(text("#struct-decoded")).isEqualTo("(#f 100)");
    }

    @Test
    void should_show_read_only_and_unsupported_options_as_such() {
        // given a TCP socket in the options view
        tcpSocketInOptions();

        // then so/acceptconn is locked, and an option Linux lacks says why
        assertThat(robot.lookup("#locked-so-accept-connections").query().isVisible()).isTrue();
        assertThat(text("#reason-tcp-no-push")).contains("tcp/nopush is #f here");
        assertThat(text("#value-tcp-no-push")).isEqualTo("#f");
    }

    @Test
    void should_read_so_error_only_when_asked() {
        // given a TCP socket in the options view: so/error is not read (reading takes the pending error)
        tcpSocketInOptions();
        assertThat(text("#value-so-error")).isEqualTo("not read");

        // when the person reads it
        click("#read-so-error");

        // then it is read as the form that reads it, and shows the kernel's answer
        waitUntil("so/error is read", () -> text("#value-so-error").equals("0"));
        assertThat(forms()).contains("(so-error s1)");
    }
}
