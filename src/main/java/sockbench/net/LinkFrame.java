package sockbench.net;

/**
 * One frame an {@code af/packet} socket received: its whole length on the wire, the interface index
 * and the packet type ({@code packet/host}, {@code packet/outgoing} ...) from its {@code sockaddr_ll}.
 */
public record LinkFrame(int length, int ifindex, int packetType) {}
