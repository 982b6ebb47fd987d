package sockbench.net;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux's read-only {@code struct tcp_info} (tcp(7)): every decoded field by its C name, with getters
 * for the ones a class watches. Times are microseconds, as the kernel gives them.
 */
public record TcpInfo(Map<String, Long> fields) {
    private static final List<String> STATES = List.of("?", "ESTABLISHED", "SYN_SENT", "SYN_RECV",
            "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING");

    public TcpInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public long state() { return fields.get("tcpi_state"); }

    /** The state's name: {@code ESTABLISHED}. */
    public String stateName() {
        int s = (int) state();
        return s > 0 && s < STATES.size() ? STATES.get(s) : Integer.toString(s);
    }

    public long rtt() { return fields.get("tcpi_rtt"); }
    public long rttvar() { return fields.get("tcpi_rttvar"); }
    public long sndCwnd() { return fields.get("tcpi_snd_cwnd"); }
    public long unacked() { return fields.get("tcpi_unacked"); }
    public long retransmits() { return fields.get("tcpi_retransmits"); }
    public long totalRetrans() { return fields.get("tcpi_total_retrans"); }
    public long pmtu() { return fields.get("tcpi_pmtu"); }

    @Override
    public String toString() {
        return "#<tcp_info " + stateName() + " rtt:" + rtt() + "us cwnd:" + sndCwnd() + " unacked:" + unacked() + ">";
    }
}
