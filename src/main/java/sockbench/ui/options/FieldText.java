package sockbench.ui.options;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import sockbench.net.StructField;

/**
 * One struct field as text and back, straight over the bytes: host-order integers in decimal,
 * network-order addresses as IPv4 or IPv6 text. Pure Java, no system call.
 */
public final class FieldText {
    private FieldText() {}

    /** The field's value in {@code bytes} as text. */
    public static String read(byte[] bytes, StructField f) {
        if (f.networkOrder() && f.size() == 4) {
            return (bytes[f.offset()] & 0xff) + "." + (bytes[f.offset() + 1] & 0xff) + "."
                    + (bytes[f.offset() + 2] & 0xff) + "." + (bytes[f.offset() + 3] & 0xff);
        }
        if (f.networkOrder() && f.size() == 16) {
            byte[] a = new byte[16];
            System.arraycopy(bytes, f.offset(), a, 0, 16);
            return ipv6(a);
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
            byte[] a = f.size() == 4 ? ipv4(t) : parseIpv6(t);
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

    static byte[] ipv4(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected an IPv4 address like 224.0.0.1, got \"" + t + "\"");
        }
        byte[] a = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                throw new IllegalArgumentException("expected an IPv4 address like 224.0.0.1, got \"" + t + "\"");
            }
            a[i] = (byte) Integer.parseInt(parts[i]);
        }
        return a;
    }

    static byte[] parseIpv6(String t) {
        if (!t.contains(":") || !t.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("expected an IPv6 address like ff02::1, got \"" + t + "\"");
        }
        try {
            // A literal: InetAddress parses it without asking any name server.
            byte[] a = java.net.InetAddress.getByName(t).getAddress();
            if (a.length == 16) {
                return a;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(a, 0, mapped, 12, 4);
            return mapped;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("expected an IPv6 address like ff02::1, got \"" + t + "\"");
        }
    }

    /** RFC 5952 text: the longest run of zero groups (two or more) as "::". */
    static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }
}
