package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;



/**
 * {@code define-record-type} (SRFI-9) and CHICKEN's {@code define-record}, {@code define-record-printer}.
 * Each expands to top-level {@code define}s of Java procedures, as CHICKEN's expansion defines
 * closures: the type name is bound to the tag symbol, the constructor fills the named fields (the
 * others are unspecified), accessors and modifiers check the type and name themselves in errors.
 */
final class RecordForms {
    private static final Symbol BEGIN = Symbol.of("begin");
    private static final Symbol DEFINE = Symbol.of("define");
    private static final Symbol QUOTE = Symbol.of("quote");
    private static final Symbol LAMBDA = Symbol.of("lambda");

    private RecordForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(Symbol.of("define-record-type"), RecordForms::defineRecordType);
        forms.put(Symbol.of("define-record"), RecordForms::defineRecord);
        forms.put(Symbol.of("define-record-printer"), RecordForms::defineRecordPrinter);
    }

    static void installProcedures(GlobalEnv g) {
        g.defineProcedure("set-record-printer!", 2, 2, a -> {
            Record.setPrinter(Args.symbol(a[0]), Args.procedure(a[1]));
            return null;
        });
        g.defineProcedure("record-printer", 1, 1, a -> Record.printer(Args.symbol(a[0])));
        g.defineProcedure("record?", 1, 1, a -> a[0] instanceof Record);
    }

    /** {@code (define-record-type point (make-point x y) point? (x point-x set-point-x!) ...)}. */
    private static Node defineRecordType(Form f, boolean tail) {
        f.expect(4, -1);
        Symbol tag = f.symbol(1);
        if (!(f.get(2) instanceof Pair)) {
            throw f.error("constructor spec must be a list");
        }
        List<Symbol> fields = new ArrayList<>();
        List<Object[]> specs = new ArrayList<>();
        for (int i = 4; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair)) {
                throw f.error("bad field spec");
            }
            Form spec = new Form((Pair) f.get(i), f.at(i));
            spec.expect(1, 3);
            fields.add(spec.symbol(0));
            specs.add(new Object[] {spec.symbol(0), spec.size() > 1 ? spec.symbol(1) : null, spec.size() > 2 ? spec.symbol(2) : null});
        }
        Record.Type type = new Record.Type(tag, List.copyOf(fields));
        Form constructor = new Form((Pair) f.get(2), f.at(2));
        List<Object> definitions = new ArrayList<>();
        definitions.add(define(tag, Lists.of(QUOTE, tag)));
        definitions.add(define(constructor.symbol(0), constructor(type, constructor, f)));
        definitions.add(define(f.symbol(3), predicate(type, f.symbol(3).name())));
        for (Object[] spec : specs) {
            int index = type.index((Symbol) spec[0]);
            if (spec[1] != null) {
                definitions.add(define((Symbol) spec[1], accessor(type, index, ((Symbol) spec[1]).name())));
            }
            if (spec[2] != null) {
                definitions.add(define((Symbol) spec[2], modifier(type, index, ((Symbol) spec[2]).name())));
            }
        }
        return expand(definitions, f, tail);
    }

    /** {@code (define-record point x y)}: make-point, point?, point-x (settable), point-x-set!. */
    private static Node defineRecord(Form f, boolean tail) {
        f.expect(2, -1);
        Symbol tag = f.symbol(1);
        List<Symbol> fields = new ArrayList<>();
        for (int i = 2; i < f.size(); i++) {
            fields.add(f.symbol(i));
        }
        Record.Type type = new Record.Type(tag, List.copyOf(fields));
        String name = tag.name();
        List<Object> definitions = new ArrayList<>();
        int n = fields.size();
        definitions.add(define(Symbol.of("make-" + name), new Primitive("make-" + name, n, n, a -> new Record(type, a.clone()))));
        definitions.add(define(Symbol.of(name + "?"), predicate(type, name + "?")));
        for (int i = 0; i < n; i++) {
            String field = name + "-" + fields.get(i).name();
            Primitive set = modifier(type, i, field + "-set!");
            Primitive get = accessor(type, i, field);
            definitions.add(define(Symbol.of(field), new Primitive(field, 1, 1, get::apply, set)));
            definitions.add(define(Symbol.of(field + "-set!"), set));
        }
        return expand(definitions, f, tail);
    }

    /** {@code (define-record-printer (point p port) body ...)} or {@code (define-record-printer point proc)}. */
    private static Node defineRecordPrinter(Form f, boolean tail) {
        f.expect(3, -1);
        Object printer;
        Symbol tag;
        if (f.get(1) instanceof Pair head) {
            tag = Args.symbol(head.car);
            printer = new Pair(LAMBDA, new Pair(head.cdr, f.from(2)));
        } else {
            f.expect(3, 3);
            tag = f.symbol(1);
            printer = f.get(2);
        }
        Primitive set = new Primitive("define-record-printer", 1, 1, a -> {
            Record.setPrinter(tag, Args.procedure(a[0]));
            return null;
        });
        return Analyzer.analyze(Lists.of(set, printer), f.where(), tail);
    }

    private static Object constructor(Record.Type type, Form spec, Form f) {
        int n = spec.size() - 1;
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            targets[i] = type.index(spec.symbol(i + 1));
            if (targets[i] < 0) {
                throw f.error("unknown slot name in constructor definition");
            }
        }
        int size = type.fields().size();
        return new Primitive(spec.symbol(0).name(), n, n, a -> {
            Object[] slots = new Object[size];
            java.util.Arrays.fill(slots, Special.UNSPECIFIED);
            for (int i = 0; i < n; i++) {
                slots[targets[i]] = a[i];
            }
            return new Record(type, slots);
        });
    }

    private static Primitive predicate(Record.Type type, String name) {
        return new Primitive(name, 1, 1, a -> a[0] instanceof Record r && r.type() == type);
    }

    private static Primitive accessor(Record.Type type, int index, String name) {
        return new Primitive(name, 1, 1, a -> record(type, a[0]).slots()[index]);
    }

    private static Primitive modifier(Record.Type type, int index, String name) {
        return new Primitive(name, 2, 2, a -> {
            record(type, a[0]).slots()[index] = a[1];
            return null;
        });
    }

    /** CHICKEN's words for a record of another type: "not a structure of the required type". */
    private static Record record(Record.Type type, Object x) {
        if (x instanceof Record r && r.type() == type) {
            return r;
        }
        throw new SchemeError(Condition.exn(List.of("exn", "type"),
                "bad argument type - not a structure of the required type", x, type.tag()).awaitingLocation());
    }

    private static Object define(Symbol name, Object value) {
        return Lists.of(DEFINE, name, value);
    }

    private static Node expand(List<Object> definitions, Form f, boolean tail) {
        return Analyzer.analyze(new Pair(BEGIN, Lists.fromJava(definitions)), f.where(), tail);
    }

}
