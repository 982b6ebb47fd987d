package sockbench.net;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Writes values as C and strace show them: escaped byte strings, flag words. */
final class CText {
    private static final int SHOWN = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CText() {}

    /** {@code "GET / HTTP/1.1\r\n"...}: at most 32 bytes, escaped, with "..." when cut. */
    static String bytes(byte[] b, int off, int len) {
        int n = Math.min(len, SHOWN);
        StringBuilder s = new StringBuilder(4 * n + 5).append('"'); // sized for the worst case: no growth on every traced call
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xff;
            switch (c) {
                case '\n': s.append("\\n"); break;
                case '\r': s.append("\\r"); break;
                case '\t': s.append("\\t"); break;
                case '"': s.append("\\\""); break;
                case '\\': s.append("\\\\"); break;
                default:
                    if (c >= 32 && c < 127) {
                        s.append((char) c);
                    } else {
                        s.append("\\x").append(HEX[c >>> 4]).append(HEX[c & 0xf]);
                    }
            }
        }
        s.append('"');
        if (len > n) {
            s.append("...");
        }
        return s.toString();
    }

    /** Flag bits of one prefix as C names ({@code MSG_PEEK|MSG_NOSIGNAL}), or 0. */
    static String flags(String prefix, int bits) {
        if (bits == 0) {
            return "0";
        }
        // a traced call names its flags on every call (a bulk send under the Wire view: thousands a
        // second); the words a program uses are few, so each is made once
        Map<Integer, String> texts = FLAG_TEXTS.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
        String known = texts.get(bits);
        if (known != null) {
            return known;
        }
        String text = flagText(prefix, bits);
        if (texts.size() < MAX_FLAG_TEXTS) {
            texts.put(bits, text);
        }
        return text;
    }

    private static final int MAX_FLAG_TEXTS = 256;
    private static final Map<String, Map<Integer, String>> FLAG_TEXTS = new ConcurrentHashMap<>();

    private static String flagText(String prefix, int bits) {
        StringBuilder s = new StringBuilder();
        int rest = bits;
        String start = prefix + "/";
        for (String name : Constants.names()) {
            if (!name.startsWith(start)) {
                continue;
            }
            Integer v = Constants.value(name).orElse(null);
            if (v != null && v != 0 && (rest & v) == v) {
                s.append(s.length() > 0 ? "|" : "").append(cName(name));
                rest &= ~v;
            }
        }
        if (rest != 0) {
            s.append(s.length() > 0 ? "|" : "").append("0x").append(Integer.toHexString(rest));
        }
        return s.toString();
    }

    /** {@code so/reuseaddr} -> {@code SO_REUSEADDR}, {@code ip/add-membership} -> {@code IP_ADD_MEMBERSHIP}. */
    static String cName(String symbol) {
        return symbol.replace('/', '_').replace('-', '_').toUpperCase();
    }
}
