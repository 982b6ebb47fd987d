package sockbench.ui.options;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import sockbench.net.NetException;
import sockbench.net.SockAddr;
import sockbench.net.StructField;

/**
 * One struct field as text and back, straight over the bytes: host-order integers in decimal,
 * network-order addresses as IPv4 or IPv6 text (the engine's own address text and parsing).
 */
public final class FieldText {
    private FieldText() {}

    /** The field's value in {@code bytes} as text. */
    public static String read(byte[] bytes, StructField f) {
        if (f.networkOrder() && (f.size() == 4 || f.size() == 16)) {
            return SockAddr.addressText(java.util.Arrays.copyOfRange(bytes, f.offset(), f.offset() + f.size()));
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(f.networkOrder() ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder());
        return switch (f.size()) {
            case 1 -> Integer.toString(bytes[f.offset()] & 0xff);
            case 2 -> Integer.toString(b.getShort(f.offset()) & 0xffff);
            case 4 -> f.cType().startsWith("unsigned") || f.cType().equals("__u32")
                    ? Long.toString(b.getInt(f.offset()) & 0xffffffffL) : Integer.toString(b.getInt(f.offset()));
            case 8 -> Long.toString(b.getLong(f.offset()));
            default -> throw new IllegalArgumentException("no text form for a field of " + f.size() + " bytes");
        };
    }

    /** A copy of {@code bytes} with the field set from text; IllegalArgumentException says what is wrong. */
    public static byte[] write(byte[] bytes, StructField f, String text) {
        String t = text == null ? "" : text.strip();
        byte[] out = bytes.clone();
        if (f.networkOrder() && (f.size() == 4 || f.size() == 16)) {
            byte[] a;
            try {
                a = SockAddr.addressBytes(t, f.size());
            } catch (NetException e) {
                throw new IllegalArgumentException(f.name() + ": expected an " + (f.size() == 4 ? "IPv4 address like 224.0.0.1"
                        : "IPv6 address like ff02::1") + ", got \"" + t + "\"");
            }
            System.arraycopy(a, 0, out, f.offset(), a.length);
            return out;
        }
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(f.name() + ": expected an integer, got \"" + t + "\"");
        }
        boolean unsigned = f.cType().startsWith("unsigned") || f.cType().startsWith("__u");
        long min = unsigned ? 0 : f.size() == 8 ? Long.MIN_VALUE : -(1L << (8 * f.size() - 1));
        long max = f.size() == 8 ? Long.MAX_VALUE : unsigned ? (1L << (8 * f.size())) - 1 : (1L << (8 * f.size() - 1)) - 1;
        if (v < min || v > max) {
            throw new IllegalArgumentException(f.name() + ": " + v + " does not fit a " + f.cType() + " (" + min + ".." + max + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(out).order(f.networkOrder() ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder());
        switch (f.size()) {
            case 1 -> out[f.offset()] = (byte) v;
            case 2 -> b.putShort(f.offset(), (short) v);
            case 4 -> b.putInt(f.offset(), (int) v);
            case 8 -> b.putLong(f.offset(), v);
            default -> throw new IllegalArgumentException("no text form for a field of " + f.size() + " bytes");
        }
        return out;
    }
}
