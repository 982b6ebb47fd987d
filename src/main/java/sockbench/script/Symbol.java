package sockbench.script;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An interned symbol: two symbols with the same name are the same object. Macro expansion also
 * makes uninterned <em>aliases</em>: a symbol a template introduced, printed as its original but
 * bound apart from it, which remembers the scope of the macro's definition (hygiene).
 */
public final class Symbol {
    private static final ConcurrentMap<String, Symbol> TABLE = new ConcurrentHashMap<>();
    private static final AtomicLong GENSYMS = new AtomicLong();

    private final String name;
    /** For an alias: the symbol it renames and the scope it means there; for a mark, the marked symbol. */
    private final Symbol original;
    private final Object scope;

    private Symbol(String name) {
        this(name, null, null);
    }

    private Symbol(String name, Symbol original, Object scope) {
        this.name = name;
        this.original = original;
        this.scope = scope;
    }

    /** A fresh alias of {@code original}, meaning what it means in {@code scope}. */
    static Symbol alias(Symbol original, Object scope) {
        return new Symbol(original.name, original, scope);
    }

    /** The symbol this alias renames, or null when it is no alias. */
    Symbol original() {
        return original;
    }

    /** The scope an alias was made in (the macro's definition). */
    Object scope() {
        return scope;
    }

    boolean isAlias() {
        return original != null;
    }

    /** The interned symbol under every renaming: what quote gives and a global is named by. */
    Symbol strip() {
        Symbol s = this;
        while (s.original != null) {
            s = s.original;
        }
        return s;
    }

    public static Symbol of(String name) {
        return TABLE.computeIfAbsent(name, Symbol::new);
    }

    /** An uninterned symbol of exactly this name: {@code string->uninterned-symbol}. */
    static Symbol uninterned(String name) {
        return new Symbol(name);
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
