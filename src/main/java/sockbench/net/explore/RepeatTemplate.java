package sockbench.net.explore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A payload with fields filled in for each send: {@code {n}} is the send's number (1, 2, ...) and
 * {@code {time}} the wall-clock time of the send, {@code 20:53:36.123} (UTC). Any other text,
 * braces included, is sent as it is; bytes are ISO-8859-1, so binary payloads pass untouched.
 */
public final class RepeatTemplate {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final byte[] plain;
    private final String text;
    private final boolean fields;

    public RepeatTemplate(byte[] payload) {
        this.plain = payload.clone();
        this.text = new String(payload, StandardCharsets.ISO_8859_1);
        this.fields = text.contains("{n}") || text.contains("{time}");
    }

    /** The bytes of send number {@code n} at {@code millis} (epoch). */
    public byte[] render(long n, long millis) {
        if (!fields) {
            return plain;
        }
        String s = text.replace("{n}", Long.toString(n));
        if (s.contains("{time}")) {
            s = s.replace("{time}", TIME.format(Instant.ofEpochMilli(millis)));
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether the payload has {@code {n}} or {@code {time}} in it. */
    public boolean hasFields() {
        return fields;
    }
}
