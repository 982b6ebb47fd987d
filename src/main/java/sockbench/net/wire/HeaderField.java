package sockbench.net.wire;

/**
 * One field of a frame's headers as the Wire view's inspector shows it: the layer, the field's name,
 * where it sits in the frame and how many bytes it takes (a bit field shares its byte with others), and
 * its value as text.
 */
public record HeaderField(String layer, String name, int offset, int length, String value) {
    /** The field's bytes as hex ({@code 0a 1f}), from the frame it was parsed from. */
    public String hex(byte[] frame) {
        StringBuilder b = new StringBuilder();
        for (int i = offset; i < offset + length && i < frame.length; i++) {
            b.append(b.length() > 0 ? " " : "").append(String.format("%02x", frame[i] & 0xff));
        }
        return b.toString();
    }
}
