package sockbench.ui.buffering;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import sockbench.net.KernelQueues;
import sockbench.net.NetException;
import sockbench.net.OptionCatalogue;
import sockbench.net.Socket;
import sockbench.net.SocketOptions;
import sockbench.net.TcpInfo;
import sockbench.ui.errors.ErrorExplainer;

/**
 * What the kernel holds for one socket, as last polled: the receive and send queues against SO_RCVBUF
 * and SO_SNDBUF, and tcp_info. Changed on the ui thread only.
 */
public final class KernelSide {
    /** One poll's reading, taken off the ui thread. */
    public record Reading(KernelQueues queues, TcpInfo tcpInfo, String problem) {

        /** Reads a socket now (ioctl SIOCINQ/SIOCOUTQ, getsockopt); never throws. */
        public static Reading of(Socket s) {
            if (s == null) {
                return new Reading(null, null, "no socket");
            }
            if (s.isClosed()) {
                return new Reading(null, null, "closed");
            }
            try {
                KernelQueues q = KernelQueues.of(s);
                TcpInfo info = null;
                try {
                    info = (TcpInfo) SocketOptions.get(s, OptionCatalogue.bySymbol("tcp/info").orElseThrow());
                } catch (NetException e) {
                    // not TCP, or the platform has no tcp_info: the queues still tell
                }
                return new Reading(q, info, null);
            } catch (NetException e) {
                return new Reading(null, null, ErrorExplainer.explain(e).oneLine());
            }
        }
    }

    private final SimpleStringProperty title = new SimpleStringProperty("");
    private final SimpleObjectProperty<Reading> reading = new SimpleObjectProperty<>(new Reading(null, null, "no socket"));
    private final SimpleIntegerProperty sendQueued = new SimpleIntegerProperty();
    private final SimpleIntegerProperty receiveQueued = new SimpleIntegerProperty();
    private final SimpleBooleanProperty present = new SimpleBooleanProperty();

    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyObjectProperty<Reading> readingProperty() { return reading; }
    /** SIOCOUTQ: bytes sent but not yet acknowledged (or not yet sent). */
    public ReadOnlyIntegerProperty sendQueuedProperty() { return sendQueued; }
    /** SIOCINQ: bytes the kernel holds for the next receive calls. */
    public ReadOnlyIntegerProperty receiveQueuedProperty() { return receiveQueued; }
    /** A socket is watched. */
    public ReadOnlyBooleanProperty presentProperty() { return present; }

    void setTitle(String t, boolean isPresent) {
        title.set(t);
        present.set(isPresent);
        if (!isPresent) {
            apply(new Reading(null, null, "no socket"));
        }
    }

    void apply(Reading r) {
        reading.set(r);
        sendQueued.set(r.queues() == null ? 0 : r.queues().sendQueued());
        receiveQueued.set(r.queues() == null ? 0 : r.queues().receiveQueued());
    }

    /** A queue's fill as a fraction of its buffer, for a gauge. */
    public static double fraction(int queued, int buffer) {
        return buffer <= 0 ? 0 : Math.min(1.0, queued / (double) buffer);
    }
}
