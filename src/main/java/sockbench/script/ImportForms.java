package sockbench.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import} (and {@code use}, {@code require-extension}) as CHICKEN 5's modules.scm reads an
 * import set: a module named as a symbol or a list ({@code (chicken string)} is chicken.string,
 * {@code (srfi 1)} is srfi-1), inside {@code only}, {@code except}, {@code rename} and {@code prefix}.
 * A module neither CHICKEN 5.3 nor this console's eggs have is CHICKEN's syntax error "cannot import
 * from undefined module". Every procedure of the console is global, whatever was imported, so the
 * sets only add names: {@code rename} binds the new name, {@code prefix} binds the prefixed name of
 * every global (of the {@code only} names when there is an {@code only} inside), and {@code only} and
 * {@code except} hide nothing.
 */
final class ImportForms {
    private ImportForms() {}

    /** CHICKEN 5.3's modules ("Included modules" in its manual, and modules.scm's srfi modules), and the eggs here. */
    private static final Set<String> MODULES = Set.of(
            "scheme", "r5rs", "r4rs", "r5rs-null", "r4rs-null", "srfi-4",
            "chicken.base", "chicken.bitwise", "chicken.blob", "chicken.condition", "chicken.continuation",
            "chicken.csi", "chicken.errno", "chicken.eval", "chicken.file", "chicken.file.posix", "chicken.fixnum",
            "chicken.flonum", "chicken.foreign", "chicken.format", "chicken.gc", "chicken.io", "chicken.irregex",
            "chicken.keyword", "chicken.load", "chicken.locative", "chicken.memory", "chicken.memory.representation",
            "chicken.module", "chicken.pathname", "chicken.platform", "chicken.plist", "chicken.port",
            "chicken.pretty-print", "chicken.process", "chicken.process.signal", "chicken.process-context",
            "chicken.process-context.posix", "chicken.random", "chicken.read-syntax", "chicken.repl", "chicken.sort",
            "chicken.string", "chicken.syntax", "chicken.tcp", "chicken.time", "chicken.time.posix", "chicken.type",
            "srfi-0", "srfi-2", "srfi-6", "srfi-8", "srfi-9", "srfi-10", "srfi-11", "srfi-12", "srfi-15", "srfi-16",
            "srfi-17", "srfi-23", "srfi-26", "srfi-28", "srfi-31", "srfi-39", "srfi-55", "srfi-88", "srfi-98",
            // the eggs this console has
            "socket", "srfi-1", "srfi-13", "srfi-14", "srfi-18", "srfi-69");

    private static final Symbol IMPORT = Symbol.of("import");

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        for (String name : List.of("import", "use", "require-extension")) {
            forms.put(Symbol.of(name), ImportForms::importForm);
        }
    }

    /**
     * What an import set makes visible: every global under {@code prefix} (when {@code all}), and the
     * names of {@code extra}, each bound to the value of the global it maps to.
     */
    private record ImportSet(boolean all, String prefix, Map<String, String> extra) {
        /** The global a visible name stands for, or null. */
        String original(String visible) {
            if (extra.containsKey(visible)) {
                return extra.get(visible);
            }
            return all && visible.startsWith(prefix) ? visible.substring(prefix.length()) : null;
        }
    }

    private static Node importForm(Form f, boolean tail) {
        List<ImportSet> sets = new java.util.ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            sets.add(decompose(SyntaxData.strip(f.get(i)), f));
        }
        return env -> {
            Env globals = env.global();
            for (ImportSet s : sets) {
                bind(s, globals);
            }
            return Special.UNSPECIFIED;
        };
    }

    private static void bind(ImportSet s, Env globals) {
        if (s.all() && !s.prefix().isEmpty()) {
            for (Symbol name : List.copyOf(globals.globalNames())) {
                Env.Cell cell = globals.globalCell(name);
                // a name that has the prefix already came from an earlier import with it: not prefixed twice
                if (cell != null && cell.value != null && !name.name().startsWith(s.prefix())) {
                    globals.define(Symbol.of(s.prefix() + name.name()), cell.value);
                }
            }
        }
        for (Map.Entry<String, String> e : s.extra().entrySet()) {
            Env.Cell cell = globals.globalCell(Symbol.of(e.getValue()));
            if (cell != null && cell.value != null && !e.getKey().equals(e.getValue())) {
                globals.define(Symbol.of(e.getKey()), cell.value);
            }
        }
    }

    private static ImportSet decompose(Object spec, Form f) {
        if (spec instanceof Symbol s) {
            return module(s, spec, f);
        }
        if (!(spec instanceof Pair p) || Lists.length(spec) < 1) {
            throw invalid("invalid import specification", spec, f);
        }
        String head = p.car instanceof Symbol s ? s.name() : "";
        List<Object> parts = Lists.toJava(spec);
        switch (head) {
            case "only", "except" -> {
                ImportSet inner = decompose(operand(parts, spec, f), f);
                List<String> ids = symbols(parts.subList(2, parts.size()), spec, f);
                if (head.equals("except")) {
                    Map<String, String> extra = new LinkedHashMap<>(inner.extra());
                    ids.forEach(extra::remove);
                    return new ImportSet(inner.all(), inner.prefix(), extra);
                }
                Map<String, String> only = new LinkedHashMap<>();
                for (String id : ids) {
                    String original = inner.original(id);
                    if (original != null) {
                        only.put(id, original);
                    }
                }
                return new ImportSet(false, "", only);
            }
            case "rename" -> {
                ImportSet inner = decompose(operand(parts, spec, f), f);
                Map<String, String> extra = new LinkedHashMap<>(inner.extra());
                for (Object r : parts.subList(2, parts.size())) {
                    List<String> pair = r instanceof Pair ? symbols(Lists.toJava(r), spec, f) : List.of();
                    if (pair.size() != 2) {
                        throw invalid("invalid import specification", spec, f);
                    }
                    String original = inner.original(pair.get(0));
                    extra.remove(pair.get(0));
                    if (original != null) {
                        extra.put(pair.get(1), original);
                    }
                }
                return new ImportSet(inner.all(), inner.prefix(), extra);
            }
            case "prefix" -> {
                if (parts.size() != 3) {
                    throw invalid("invalid import specification", spec, f);
                }
                ImportSet inner = decompose(parts.get(1), f);
                String prefix = prefixText(parts.get(2), f);
                Map<String, String> extra = new LinkedHashMap<>();
                inner.extra().forEach((visible, original) -> extra.put(prefix + visible, original));
                return new ImportSet(inner.all(), prefix + inner.prefix(), extra);
            }
            default -> {
                return module(libraryId(parts, spec, f), spec, f);
            }
        }
    }

    private static Object operand(List<Object> parts, Object spec, Form f) {
        if (parts.size() < 2) {
            throw invalid("invalid import specification", spec, f);
        }
        return parts.get(1);
    }

    private static List<String> symbols(List<Object> xs, Object spec, Form f) {
        List<String> out = new java.util.ArrayList<>();
        for (Object x : xs) {
            if (!(x instanceof Symbol s)) {
                throw invalid("invalid import specification", spec, f);
            }
            out.add(s.name());
        }
        return out;
    }

    /** modules.scm's tostr: a string, symbol, keyword (with its colon) or number. */
    private static String prefixText(Object x, Form f) {
        if (x instanceof MString s) {
            return s.toString();
        }
        if (x instanceof Keyword k) {
            return k.name() + ":";
        }
        if (x instanceof Symbol s) {
            return s.name();
        }
        if (x instanceof Number n) {
            return Printer.display(n);
        }
        throw invalid("invalid prefix", x, f);
    }

    /** internal.scm's library-id: {@code (srfi 1)} is srfi-1, {@code (chicken file posix)} chicken.file.posix. */
    private static Symbol libraryId(List<Object> parts, Object spec, Form f) {
        if (parts.size() == 2 && parts.get(0) instanceof Symbol s && s.name().equals("srfi") && parts.get(1) instanceof Long n) {
            return Symbol.of("srfi-" + n);
        }
        StringBuilder id = new StringBuilder();
        for (Object part : parts) {
            if (!(part instanceof Symbol) && !(part instanceof Long)) {
                // internal.scm: (##sys#error "invalid library specifier" lib), a plain error
                throw new SchemeError(Condition.exn(List.of("exn"), "invalid library specifier", spec)).at(f.where());
            }
            id.append(id.length() > 0 ? "." : "").append(part instanceof Symbol s ? s.name() : part.toString());
        }
        return Symbol.of(id.toString());
    }

    private static ImportSet module(Symbol name, Object spec, Form f) {
        if (!MODULES.contains(name.name())) {
            // modules.scm ##sys#expand-import: (##sys#syntax-error-hook loc "cannot import from undefined module" name x)
            throw invalid("cannot import from undefined module", name, spec, f);
        }
        return new ImportSet(true, "", Map.of());
    }

    /** A syntax error of {@code import}, as modules.scm raises them. */
    private static SchemeError invalid(String message, Object irritant, Form f) {
        return invalid(message, irritant, null, f);
    }

    private static SchemeError invalid(String message, Object irritant, Object spec, Form f) {
        Condition c = spec == null ? Condition.exn(List.of("exn", "syntax"), message, irritant)
                : Condition.exn(List.of("exn", "syntax"), message, irritant, spec);
        return new SchemeError(c.put("exn", "location", IMPORT)).at(f.where());
    }
}
