package sockbench.net;

import java.util.Optional;

/**
 * One entry of the option catalogue: the egg's accessor name ({@code so-reuse-address?}), its constant
 * ({@code so/reuseaddr}), the C name, the level, how the value is typed, and whether it can be read or
 * written. The engine's accessors, the console's bindings and the options panel all read this.
 *
 * @param codec the struct codec for {@link OptionType#STRUCT} options, else null
 * @param summary one line for the workbench
 * @param clearedByReading reading it changes it ({@code SO_ERROR}: the read takes the pending error, so
 *     a window must not read it unasked: the socket's next call would not see its error)
 */
public record SocketOption(String accessor, String symbol, String level, OptionType type, Access access,
                           StructCodec<?> codec, String summary, boolean clearedByReading) {

    /** Which directions the kernel allows. */
    public enum Access {
        READ_WRITE, READ_ONLY, WRITE_ONLY;

        public boolean readable() { return this != WRITE_ONLY; }
        public boolean writable() { return this != READ_ONLY; }
    }

    /** {@code SO_REUSEADDR}. */
    public String cName() {
        return CText.cName(symbol);
    }

    /** The level's C name: {@code SOL_SOCKET}, {@code IPPROTO_TCP}. */
    public String levelCName() {
        return CText.cName(level);
    }

    /** The option's number on this platform, empty when it lacks it. */
    public Optional<Integer> number() {
        return Constants.value(symbol);
    }

    /** The level's number on this platform. */
    public Optional<Integer> levelNumber() {
        return Constants.value(level);
    }

    /** Whether this platform defines the option at all. */
    public boolean isDefined() {
        return number().isPresent() && levelNumber().isPresent();
    }

    /** "boolean", "integer", "string" or the struct's C name. */
    public String typeName() {
        return type == OptionType.STRUCT ? codec.cName() : type.label();
    }

    @Override
    public String toString() {
        return accessor + " [" + symbol + "]" + (access == Access.READ_ONLY ? " (r/o)" : "");
    }
}
