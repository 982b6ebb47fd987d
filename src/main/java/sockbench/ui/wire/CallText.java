package sockbench.ui.wire;

import sockbench.net.TraceEvent;

/**
 * The ladder's short form of a traced socket call: {@code connect → EINPROGRESS}, {@code send 5},
 * {@code recv → 5}, {@code shutdown SHUT_WR}, {@code close}; null for the calls a ladder leaves out (poll,
 * getsockopt, a receive that only said EAGAIN).
 */
final class CallText {
    private CallText() {}

    static String of(TraceEvent e) {
        String call = e.syscall();
        if ("EAGAIN".equals(e.errno())) {
            return null; // the non-blocking model's "not yet": the wait that follows is the story
        }
        String failed = e.errno() != null ? " → " + e.errno() : "";
        return switch (call) {
            case "connect", "listen", "close" -> call + failed;
            case "accept4" -> "accept" + (e.result() >= 0 ? " → fd " + e.result() : failed);
            case "send", "sendto" -> call + (e.result() >= 0 ? " " + e.result() : failed);
            case "recv", "recvfrom" -> call + (e.result() >= 0 ? " → " + e.result() : failed);
            case "shutdown" -> "shutdown " + e.arguments().substring(e.arguments().indexOf(", ") + 2) + failed;
            default -> null;
        };
    }
}
