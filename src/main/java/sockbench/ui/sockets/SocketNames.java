package sockbench.ui.sockets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import sockbench.net.Socket;

/**
 * The names the transcript gives sockets ({@code s1}, {@code s2} ...), in the order the window first
 * hears of them. Safe from any thread: a socket is named the moment it is created, before any action
 * writes its {@code (define s1 ...)}.
 */
public final class SocketNames {
    private final Map<Socket, String> names = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    /** The socket's name, given now if it has none. */
    public String nameOf(Socket socket) {
        return names.computeIfAbsent(socket, s -> "s" + next.getAndIncrement());
    }

    /**
     * Names a socket as someone else calls it (the console's {@code (define so ...)}), so later
     * window actions on it write {@code so}. Returns the name in use.
     */
    public String adopt(Socket socket, String name) {
        names.put(socket, name);
        return name;
    }

    /** Forgets a socket that left the panel. */
    public void forget(Socket socket) {
        names.remove(socket);
    }
}
