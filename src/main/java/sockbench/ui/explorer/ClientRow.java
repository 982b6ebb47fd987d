package sockbench.ui.explorer;

import sockbench.net.explore.ClientCounters;

/** One line of the responder's client list, read from its live counters once per frame. */
public record ClientRow(String peer, long received, long bytesIn, long replies, long bytesOut, String state) {
    static ClientRow of(ClientCounters c) {
        return new ClientRow(c.peer(), c.blocksIn(), c.bytesIn(), c.replies(), c.bytesOut(),
                c.isOpen() ? "open" : c.endReason());
    }
}
