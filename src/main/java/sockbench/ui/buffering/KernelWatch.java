package sockbench.ui.buffering;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import sockbench.net.Socket;
import sockbench.ui.async.Poller;
import sockbench.ui.async.Pulse;
import sockbench.ui.async.Threads;
import sockbench.ui.sockets.SocketRow;

/**
 * The kernel's half of the buffering lesson: for the watched socket and its other end, the queues
 * ({@code SIOCINQ}/{@code SIOCOUTQ} against {@code SO_RCVBUF}/{@code SO_SNDBUF}) and tcp_info, read
 * off the ui thread four times a second, and only while the view is shown. The ui thread names the
 * sockets; the poll reads only what it published.
 */
final class KernelWatch {
    private final KernelSide self = new KernelSide();
    private final KernelSide peer = new KernelSide();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final Poller<KernelSide.Reading[]> poller;
    private volatile Socket selfSocket;
    private volatile Socket peerSocket;

    KernelWatch(Threads threads) {
        poller = new Poller<>(threads, "kernel queues", Pulse.READOUT_MILLIS, this::read, this::apply, e -> { });
    }

    KernelSide self() { return self; }

    KernelSide peer() { return peer; }

    /** The view is on screen. */
    BooleanProperty shownProperty() { return shown; }

    /** The socket the view watches (ui thread). */
    void watch(SocketRow row) {
        selfSocket = row == null ? null : row.socket();
        self.setTitle(row == null ? "" : row.name(), row != null);
    }

    /** Its other end, when the window knows it (ui thread). */
    void follow(SocketRow row) {
        peerSocket = row == null ? null : row.socket();
        peer.setTitle(row == null ? "" : row.name(), row != null);
    }

    /** One pulse (ui thread): a read is started when one is due, the view shown and a socket named. */
    void tick(long now) {
        if (shown.get() && (selfSocket != null || peerSocket != null)) {
            poller.tick(now);
        }
    }

    private KernelSide.Reading[] read() {
        Socket a = selfSocket;
        Socket b = peerSocket;
        return new KernelSide.Reading[] {a == null ? null : KernelSide.Reading.of(a), b == null ? null : KernelSide.Reading.of(b)};
    }

    private void apply(KernelSide.Reading[] r) {
        if (r[0] != null) {
            self.apply(r[0]);
        }
        if (r[1] != null) {
            peer.apply(r[1]);
        }
    }
}
