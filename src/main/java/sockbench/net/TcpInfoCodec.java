package sockbench.net;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first 104 bytes of Linux's {@code struct tcp_info}, the part every kernel since 2.6 fills.
 * Read-only: the kernel never takes one. Newer kernels return more bytes; those are ignored.
 */
public final class TcpInfoCodec implements StructCodec<TcpInfo> {
    public static final TcpInfoCodec INSTANCE = new TcpInfoCodec();
    private static final String[] BYTE_FIELDS = {"tcpi_state", "tcpi_ca_state", "tcpi_retransmits", "tcpi_probes",
        "tcpi_backoff", "tcpi_options", "tcpi_wscale", "tcpi_flags"};
    private static final String[] U32_FIELDS = {"tcpi_rto", "tcpi_ato", "tcpi_snd_mss", "tcpi_rcv_mss",
        "tcpi_unacked", "tcpi_sacked", "tcpi_lost", "tcpi_retrans", "tcpi_fackets", "tcpi_last_data_sent",
        "tcpi_last_ack_sent", "tcpi_last_data_recv", "tcpi_last_ack_recv", "tcpi_pmtu", "tcpi_rcv_ssthresh",
        "tcpi_rtt", "tcpi_rttvar", "tcpi_snd_ssthresh", "tcpi_snd_cwnd", "tcpi_advmss", "tcpi_reordering",
        "tcpi_rcv_rtt", "tcpi_rcv_space", "tcpi_total_retrans"};
    private static final int SIZE = BYTE_FIELDS.length + 4 * U32_FIELDS.length;

    private TcpInfoCodec() {}

    @Override public String cName() { return "struct tcp_info"; }
    @Override public int size() { return SIZE; }
    @Override public Class<TcpInfo> valueType() { return TcpInfo.class; }
    @Override public boolean canEncode() { return false; }

    /** How many bytes to ask the kernel for (it fills what its version knows). */
    public int readSize() {
        return 256;
    }

    @Override
    public List<StructField> layout() {
        List<StructField> out = new ArrayList<>();
        for (int i = 0; i < BYTE_FIELDS.length; i++) {
            out.add(new StructField(BYTE_FIELDS[i], "__u8", i, 1, false));
        }
        for (int i = 0; i < U32_FIELDS.length; i++) {
            out.add(new StructField(U32_FIELDS[i], "__u32", BYTE_FIELDS.length + 4 * i, 4, false));
        }
        return out;
    }

    @Override
    public byte[] encode(TcpInfo value) {
        throw Errors.badArgument(cName(), "tcp_info is read-only");
    }

    @Override
    public TcpInfo decode(byte[] bytes) {
        if (bytes == null || bytes.length < SIZE) {
            throw Errors.badArgument(cName(), "expected at least " + SIZE + " bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
        ByteBuffer b = StructCodec.nativeBuffer(bytes);
        Map<String, Long> fields = new LinkedHashMap<>();
        for (String f : BYTE_FIELDS) {
            fields.put(f, (long) (b.get() & 0xff));
        }
        for (String f : U32_FIELDS) {
            fields.put(f, b.getInt() & 0xffffffffL);
        }
        return new TcpInfo(fields);
    }
}
