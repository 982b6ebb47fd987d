package sockbench.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a lambda, CHICKEN style: {@code (a b #!optional (c 1) #!rest r #!key (d 2))},
 * {@code (a . rest)} or {@code args}. A missing optional or keyword argument without a default is #f.
 */
final class LambdaList {
    private record Defaulted(Symbol name, Node initial) {
    }

    private enum Section { REQUIRED, OPTIONAL, REST, KEY, DONE }

    private final List<Symbol> required = new ArrayList<>();
    private final List<Defaulted> optional = new ArrayList<>();
    private final List<Defaulted> keys = new ArrayList<>();
    private Symbol rest;

    static LambdaList parse(Object formals, Form form) {
        LambdaList list = new LambdaList();
        Section section = Section.REQUIRED;
        Object x = formals;
        while (x instanceof Pair cell) {
            Object f = cell.car;
            Position where = cell.position() != null ? cell.position() : form.where();
            if (f == Special.OPTIONAL) {
                section = Section.OPTIONAL;
            } else if (f == Special.REST) {
                section = Section.REST;
            } else if (f == Special.KEY) {
                section = Section.KEY;
            } else {
                switch (section) {
                    case REQUIRED -> list.required.add(name(f, form));
                    case OPTIONAL -> list.optional.add(defaulted(f, where, form));
                    case KEY -> list.keys.add(defaulted(f, where, form));
                    case REST -> {
                        list.rest = name(f, form);
                        section = Section.DONE;
                    }
                    case DONE -> throw form.error("nothing may follow the #!rest parameter");
                }
            }
            x = cell.cdr;
        }
        if (x instanceof Symbol s) {
            list.rest = s;
        } else if (x != Empty.LIST) {
            throw form.error("bad lambda list");
        }
        return list;
    }

    private static Symbol name(Object f, Form form) {
        if (f instanceof Symbol s) {
            return s;
        }
        throw form.error("parameter name expected, got " + ByteText.decode(Printer.write(f)));
    }

    private static Defaulted defaulted(Object f, Position where, Form form) {
        if (f instanceof Pair p && p.cdr instanceof Pair init && init.cdr == Empty.LIST) {
            return new Defaulted(name(p.car, form), Analyzer.analyze(init.car, where, false));
        }
        return new Defaulted(name(f, form), null);
    }

    /** Whether a call with {@code count} arguments fits these parameters. */
    boolean accepts(int count) {
        return count >= required.size() && (rest != null || !keys.isEmpty() || count <= required.size() + optional.size());
    }

    /** Every variable the list binds, in order. */
    List<Symbol> names() {
        List<Symbol> names = new ArrayList<>(required);
        optional.forEach(d -> names.add(d.name()));
        if (rest != null) {
            names.add(rest);
        }
        keys.forEach(d -> names.add(d.name()));
        return names;
    }

    /** The required names, when they are all there is (the common case, bound without a search); else null. */
    private Symbol[] plain;
    private boolean plainKnown;

    /**
     * A fresh frame inside the closure's own, holding the arguments. {@code owned}: the caller made
     * the array for this call only, so the frame may keep it as its values.
     */
    Env bind(Closure closure, Object[] args, boolean owned) {
        if (!plainKnown) {
            plain = optional.isEmpty() && keys.isEmpty() && rest == null ? required.toArray(Symbol[]::new) : null;
            plainKnown = true;
        }
        if (plain != null) {
            if (args.length != plain.length) {
                throw arityError(closure, args.length);
            }
            return new Env(closure.env, plain, owned ? args : args.clone());
        }
        Env frame = new Env(closure.env);
        bindInto(frame, args, closure);
        return frame;
    }

    /**
     * Defines the parameters in {@code frame}; {@code procedure} is the closure called, or null
     * ({@code define-values}, {@code receive}).
     */
    void bindInto(Env frame, Object[] args, Procedure procedure) {
        if (!accepts(args.length)) {
            throw arityError(procedure, args.length);
        }
        int i = 0;
        for (Symbol name : required) {
            frame.define(name, args[i++]);
        }
        for (Defaulted d : optional) {
            frame.define(d.name(), i < args.length ? args[i++] : initial(d, frame));
        }
        if (rest != null) {
            frame.define(rest, Lists.of(Arrays.copyOfRange(args, i, args.length)));
        }
        if (!keys.isEmpty()) {
            Map<String, Object> given = Args.keywords(args, i);
            for (Defaulted d : keys) {
                Object value = given.get(d.name().name());
                frame.define(d.name(), value != null ? value : initial(d, frame));
            }
        }
    }

    private static Object initial(Defaulted d, Env frame) {
        return d.initial() == null ? Boolean.FALSE : d.initial().eval(frame);
    }

    /** How many arguments a call must give at least. */
    int requiredCount() {
        return required.size();
    }

    /**
     * eval.scm makes a lambda of up to 4 required parameters a compiled lambda of that many (with a
     * rest list for optionals, keys or rest), which checks its count as runtime.c does ({@link
     * Errors#arity}). With more, the interpreter counts: without a rest list, {@code (##sys#error "bad
     * argument count" argc len)}; with one, fudge-argument-list's {@code (##sys#error "bad argument
     * count" n c)}, n the arguments missing and c those given.
     */
    private SchemeError arityError(Procedure procedure, int received) {
        int fixed = required.size();
        boolean open = rest != null || !keys.isEmpty();
        boolean restList = open || !optional.isEmpty();
        if (fixed > 4 && !restList) {
            return Errors.interpreterArgumentCount(fixed, received);
        }
        if (fixed > 4 && received < fixed) {
            return Errors.interpreterArgumentCount(fixed - received, received);
        }
        return Errors.arity(procedure, received, fixed, open ? Primitive.MANY : fixed + optional.size());
    }
}
