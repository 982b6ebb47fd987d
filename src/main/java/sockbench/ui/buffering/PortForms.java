package sockbench.ui.buffering;

import sockbench.ui.action.EggText;
import sockbench.ui.transfer.Payload;

/** The buffering view's text: what a write writes, the string form the console would write it with, and the port sizes. */
final class PortForms {
    private PortForms() {}

    static byte[] payload(String writeText, Integer repeat) {
        byte[] one = Payload.parse(writeText, Payload.Encoding.ESCAPES);
        if (repeat == null || repeat < 1) {
            throw new IllegalArgumentException("times: the field does not hold a whole number of times");
        }
        int times = repeat;
        if ((long) one.length * times > 64L << 20) {
            throw new IllegalArgumentException("times: " + one.length + " bytes " + times + " times is more than 64 MiB in one write");
        }
        byte[] all = new byte[one.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(one, 0, all, i * one.length, one.length);
        }
        return all;
    }

    /** The written string as the console makes it. */
    static String string(String writeText, Integer repeat) {
        byte[] one = Payload.parse(writeText, Payload.Encoding.ESCAPES);
        int times = repeat == null || repeat < 1 ? 1 : repeat;
        String literal = EggText.string(new String(one, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (times == 1) {
            return literal;
        }
        if (one.length == 1) {
            int c = one[0] & 0xff;
            String ch = c > 32 && c < 127 ? "#\\" + (char) c : c == 32 ? "#\\space" : "(integer->char " + c + ")";
            return "(make-string " + times + " " + ch + ")";
        }
        return "(apply string-append (map (lambda (i) " + literal + ") (iota " + times + ")))";
    }

    static Integer size(String name, String text, boolean falseAllowed) {
        String t = text == null ? "" : text.strip();
        if (falseAllowed && (t.isEmpty() || t.equals("#f"))) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + ": a positive size" + (falseAllowed ? " or #f" : "") + ", not \"" + t + "\"");
    }

    static String text(Integer size) {
        return size == null ? "#f" : size.toString();
    }
}
