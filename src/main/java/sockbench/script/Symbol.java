package sockbench.script;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** An interned symbol: two symbols with the same name are the same object. */
public final class Symbol {
    private static final ConcurrentMap<String, Symbol> TABLE = new ConcurrentHashMap<>();
    private static final AtomicLong GENSYMS = new AtomicLong();

    private final String name;

    private Symbol(String name) {
        this.name = name;
    }

    public static Symbol of(String name) {
        return TABLE.computeIfAbsent(name, Symbol::new);
    }

    /** A fresh uninterned symbol, for names that generated code must not capture. */
    static Symbol gensym(String prefix) {
        return new Symbol(prefix + GENSYMS.incrementAndGet());
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
