package sockbench.net.wire;

/**
 * The kernel's count for the capture socket ({@code struct tpacket_stats} from getsockopt
 * {@code SOL_PACKET}/{@code PACKET_STATISTICS}, packet(7)), summed since the capture began (each read
 * resets the kernel's counters): frames it queued for us, and frames it dropped because the socket's
 * receive buffer was full.
 */
public record PacketStatistics(long packets, long drops) {
    PacketStatistics plus(long morePackets, long moreDrops) {
        return new PacketStatistics(packets + morePackets, drops + moreDrops);
    }
}
