package sockbench.net.explore;

import sockbench.net.SockAddr;

/**
 * A payload kept under a name: its bytes, how it was composed ({@code text}, {@code escapes} or
 * {@code hex}, so an editor shows it as it was written), the send flags and, for datagrams, the
 * target (null: the socket's peer).
 */
public record SavedPayload(String name, byte[] data, String mode, int flags, SockAddr target) {
    public SavedPayload {
        if (name == null || name.isBlank()) {
            throw sockbench.net.Errors.badArgument("payload-define", "a payload needs a name");
        }
        if (!java.util.List.of("text", "escapes", "hex").contains(mode)) {
            throw sockbench.net.Errors.badArgument("payload-define", "mode must be text, escapes or hex, not " + mode);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedPayload p && p.name.equals(name) && java.util.Arrays.equals(p.data, data)
                && p.mode.equals(mode) && p.flags == flags && java.util.Objects.equals(p.target, target);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, java.util.Arrays.hashCode(data), mode, flags, target);
    }

    @Override
    public String toString() {
        return "#<payload " + name + " " + data.length + " bytes>";
    }
}
