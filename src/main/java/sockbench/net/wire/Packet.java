package sockbench.net.wire;

/**
 * One TCP or UDP datagram as its headers say, before any conversation is known: the raw numbers.
 *
 * @param ipVersion     4 or 6
 * @param protocol      6 (TCP) or 17 (UDP)
 * @param source        sender's address and port
 * @param destination   receiver's address and port
 * @param ipLength      the IP datagram's length from its header (the whole segment, even when the frame was cut short)
 * @param seq           TCP sequence number (unsigned 32 bits), 0 for UDP
 * @param ack           TCP acknowledgment number, 0 for UDP
 * @param flags         TCP flag bits ({@link TcpFlags}), 0 for UDP
 * @param window        TCP window field as sent (unscaled), 0 for UDP
 * @param options       TCP options, {@link TcpOptions#NONE} for UDP
 * @param payloadLength bytes of data after the TCP or UDP header
 * @param udpLength     the UDP header's length field, -1 for TCP
 * @param payloadOffset where the data starts in the frame
 */
public record Packet(int ipVersion, int protocol, Endpoint source, Endpoint destination, int ipLength,
                     long seq, long ack, int flags, int window, TcpOptions options, int payloadLength,
                     int udpLength, int payloadOffset) {
    public static final int TCP = 6;
    public static final int UDP = 17;

    public boolean isTcp() {
        return protocol == TCP;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
