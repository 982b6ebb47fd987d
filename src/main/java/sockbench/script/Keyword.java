package sockbench.script;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A keyword such as {@code type:}; it evaluates to itself and is interned like a symbol. */
public final class Keyword {
    private static final ConcurrentMap<String, Keyword> TABLE = new ConcurrentHashMap<>();

    private final String name;

    private Keyword(String name) {
        this.name = name;
    }

    public static Keyword of(String name) {
        return TABLE.computeIfAbsent(name, Keyword::new);
    }

    /** The name without the colon: {@code type} for {@code type:}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + ":";
    }
}
