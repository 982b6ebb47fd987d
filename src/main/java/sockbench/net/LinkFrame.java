package sockbench.net;

/**
 * One frame an {@code af/packet} socket received: its whole length on the wire, the interface index
 * and the packet type ({@code packet/host}, {@code packet/outgoing} ...) from its {@code sockaddr_ll},
 * and when the kernel saw it (CLOCK_REALTIME nanoseconds, 0 when it could not say).
 */
public record LinkFrame(int length, int ifindex, int packetType, long realtimeNanos) {}
