package sockbench.net;

import java.nio.ByteBuffer;
import java.util.List;

/** {@code struct linger { int l_onoff; int l_linger; }}: 8 bytes, host order. */
public final class LingerCodec implements StructCodec<Linger> {
    public static final LingerCodec INSTANCE = new LingerCodec();

    private LingerCodec() {}

    @Override public String cName() { return "struct linger"; }
    @Override public int size() { return 8; }
    @Override public Class<Linger> valueType() { return Linger.class; }

    @Override
    public List<StructField> layout() {
        return List.of(new StructField("l_onoff", "int", 0, 4, false),
                new StructField("l_linger", "int", 4, 4, false));
    }

    @Override
    public byte[] encode(Linger value) {
        byte[] b = new byte[8];
        StructCodec.nativeBuffer(b).putInt(value.on() ? 1 : 0).putInt(value.seconds());
        return b;
    }

    @Override
    public Linger decode(byte[] bytes) {
        StructCodec.checkSize(cName(), bytes, 8);
        ByteBuffer b = StructCodec.nativeBuffer(bytes);
        return new Linger(b.getInt() != 0, b.getInt());
    }
}
