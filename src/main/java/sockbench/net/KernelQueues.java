package sockbench.net;

/**
 * What waits in the kernel for a socket: bytes in the receive queue (SIOCINQ; for a datagram socket,
 * the size of the next datagram) and in the send queue (SIOCOUTQ: unsent plus unacknowledged), beside
 * the buffer sizes SO_RCVBUF and SO_SNDBUF.
 */
public record KernelQueues(int receiveQueued, int sendQueued, int receiveBuffer, int sendBuffer) {

    /** Reads all four now. Raises for a socket that has no queues yet (a listener's SIOCINQ). */
    public static KernelQueues of(Socket socket) {
        return SocketOptions.onFd(socket, "kernel-queues", fd -> new KernelQueues(
                Sys.ioctlInt(fd, "SIOCINQ"), Sys.ioctlInt(fd, "SIOCOUTQ"),
                (Integer) SocketOptions.get(fd, OptionCatalogue.bySymbol("so/rcvbuf").orElseThrow()),
                (Integer) SocketOptions.get(fd, OptionCatalogue.bySymbol("so/sndbuf").orElseThrow())));
    }
}
