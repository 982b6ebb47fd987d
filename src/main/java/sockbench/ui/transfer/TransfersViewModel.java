package sockbench.ui.transfer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import sockbench.net.Socket;
import sockbench.net.SocketState;
import sockbench.ui.action.ActionRunner;
import sockbench.ui.async.Pulse;
import sockbench.ui.sockets.SocketRow;
import sockbench.ui.sockets.SocketSnapshot;
import sockbench.ui.sockets.SocketsViewModel;

/**
 * The transfer view's two sides: on the left the selected socket, on the right its other end when
 * that lives in this process too (a loopback pair's client and accepted server), or whichever socket
 * the person picks. One {@link TransferViewModel} per socket, kept while the socket is shown, so live
 * receive goes on while the person looks elsewhere.
 */
public final class TransfersViewModel {
    private final ActionRunner runner;
    private final SocketsViewModel sockets;
    private final Map<Socket, TransferViewModel> panes = new HashMap<>();
    private final ObjectProperty<SocketRow> left = new SimpleObjectProperty<>();
    private final ObjectProperty<SocketRow> right = new SimpleObjectProperty<>();
    private boolean rightFollows = true;
    private boolean settingRight;

    public TransfersViewModel(ActionRunner runner, SocketsViewModel sockets, Pulse pulse) {
        this.runner = runner;
        this.sockets = sockets;
        left.bindBidirectional(sockets.selectedProperty());
        left.addListener((o, a, b) -> {
            rightFollows = true;
            followPeer();
        });
        right.addListener((o, a, b) -> {
            if (!settingRight) {
                rightFollows = b == null;
            }
        });
        pulse.add(this::onPulse);
    }

    /** The selected socket. */
    public ObjectProperty<SocketRow> leftProperty() { return left; }

    /** Its other end, or the socket the person chose. */
    public ObjectProperty<SocketRow> rightProperty() { return right; }

    public SocketsViewModel sockets() { return sockets; }

    /** The pane's state for a socket, made on first use. */
    public TransferViewModel of(SocketRow row) {
        return panes.computeIfAbsent(row.socket(), s -> new TransferViewModel(row, runner));
    }

    /** The socket at the other end of this one's connection, when both ends are in this process. */
    public Optional<SocketRow> peerOf(SocketRow row) {
        if (row == null || isNone(row.local()) || isNone(row.peer())) {
            return Optional.empty();
        }
        return sockets.rows().stream()
                .filter(r -> r != row && r.state() != SocketState.CLOSED)
                .filter(r -> row.peer().equals(r.local()) && row.local().equals(r.peer()))
                .findFirst();
    }

    /** Stops every live receive. */
    public void dispose() {
        panes.values().forEach(TransferViewModel::dispose);
    }

    private void onPulse(long now) {
        if (rightFollows) {
            followPeer();
        }
        panes.values().removeIf(vm -> {
            boolean gone = !sockets.rows().contains(vm.row());
            if (gone) {
                vm.dispose();
            }
            return gone;
        });
        for (TransferViewModel vm : panes.values()) {
            vm.onPulse(now);
        }
    }

    private void followPeer() {
        SocketRow peer = peerOf(left.get()).orElse(null);
        if (peer != right.get() && (peer != null || rightFollows)) {
            settingRight = true;
            try {
                right.set(peer);
            } finally {
                settingRight = false;
            }
        }
    }

    private static boolean isNone(String name) {
        return name == null || name.equals("#f") || name.equals(SocketSnapshot.NONE);
    }
}
