package sockbench.net;

/**
 * One frame an {@code af/packet} socket received: how many of its bytes were kept (the snap length
 * cuts it), its whole length on the wire, the interface index and the packet type ({@code packet/host},
 * {@code packet/outgoing} ...) from its {@code sockaddr_ll}, and when the kernel saw it (CLOCK_REALTIME
 * nanoseconds).
 */
public record LinkFrame(int captured, int length, int ifindex, int packetType, long realtimeNanos) {}
