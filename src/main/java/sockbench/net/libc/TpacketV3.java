package sockbench.net.libc;

/**
 * The layout of packet(7)'s TPACKET_V3 frame ring on Linux (linux/if_packet.h): the request that sizes
 * it, each block's descriptor, and each frame's header with its {@code sockaddr_ll}. Byte offsets.
 */
public final class TpacketV3 {
    private TpacketV3() {}

    /** struct tpacket_req3: seven unsigned ints. */
    public static final int REQ_SIZE = 28;
    public static final int REQ_BLOCK_SIZE = 0;
    public static final int REQ_BLOCK_NR = 4;
    public static final int REQ_FRAME_SIZE = 8;
    public static final int REQ_FRAME_NR = 12;
    public static final int REQ_RETIRE_BLK_TOV = 16;

    /** struct tpacket_block_desc: version, offset_to_priv, then tpacket_hdr_v1. */
    public static final int BLOCK_STATUS = 8;
    public static final int BLOCK_NUM_PKTS = 12;
    public static final int BLOCK_OFFSET_TO_FIRST_PKT = 16;

    /** struct tpacket3_hdr. */
    public static final int FRAME_NEXT_OFFSET = 0;
    public static final int FRAME_SEC = 4;
    public static final int FRAME_NSEC = 8;
    public static final int FRAME_SNAPLEN = 12;
    public static final int FRAME_LEN = 16;
    public static final int FRAME_MAC = 24;
    /** The sockaddr_ll after the header, at TPACKET_ALIGN(sizeof(struct tpacket3_hdr)). */
    public static final int FRAME_SLL = 48;
    public static final int SLL_IFINDEX = FRAME_SLL + Sockaddrs.LINK_IFINDEX;
    public static final int SLL_PKTTYPE = FRAME_SLL + Sockaddrs.LINK_PKTTYPE;
    /** The smallest frame slot the request may name: header and sockaddr_ll, aligned. */
    public static final int FRAME_MIN = 80;
}
