package sockbench.net.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sockbench.net.NetException;

/** Without CAP_NET_RAW: a plain message naming the capability and the one command that grants it. */
class NoPrivilegeTest {
    @Test
    void an_eperm_from_socket_becomes_the_plain_message() {
        NetException eperm = new NetException(List.of("exn", "i/o", "net"), "socket: Operation not permitted", "socket", 1, "EPERM", null);
        assertThatThrownBy(() -> Capture.start(CaptureOptions.DEFAULT, () -> {
            throw eperm;
        })).isInstanceOf(CaptureNotPermitted.class)
                .hasMessageContaining("CAP_NET_RAW")
                .hasMessageContaining("sudo setcap cap_net_raw+ep \"$(readlink -f \"$(which java)\")\"")
                .hasMessageContaining("sudo")
                .hasCause(eperm);
    }

    @Test
    void another_failure_of_socket_stays_what_it_was() {
        NetException other = new NetException(List.of("exn", "i/o", "net"), "socket: Too many open files", "socket", 24, "EMFILE", null);
        assertThatThrownBy(() -> Capture.start(CaptureOptions.DEFAULT, () -> {
            throw other;
        })).isSameAs(other);
    }

    /**
     * The real kernel refusal: a child JVM whose capability sets lack CAP_NET_RAW (setpriv drops it from
     * the bounding and inheritable sets, so even root's exec does not get it back).
     */
    @Test
    void a_process_without_cap_net_raw_is_told_and_keeps_its_sockets() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            cmd.addAll(List.of("setpriv", "--inh-caps=-net_raw", "--ambient-caps=-net_raw", "--bounding-set=-net_raw", "--"));
        }
        cmd.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), NoPrivilegeProbe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("refused: EPERM")
                .contains("CAP_NET_RAW")
                .contains(CaptureNotPermitted.GRANT)
                .contains("tcp still works: ok")
                .doesNotContain("capture started");
    }
}
