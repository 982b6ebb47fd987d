package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forms beyond the core that scripts use: {@code delay}, {@code delay-force}, {@code case-lambda},
 * {@code cond-expand}, and those written as macros in {@link #PRELUDE} ({@code fluid-let},
 * {@code let-optionals}, {@code optional}). Their primitives ({@code force}, {@code make-promise})
 * are installed by {@link #install(Interpreter)}.
 */
final class DerivedForms {
    private static final Symbol ELSE = Symbol.of("else");
    private static final Symbol AND = Symbol.of("and");
    private static final Symbol OR = Symbol.of("or");
    private static final Symbol NOT = Symbol.of("not");
    private static final Symbol LIBRARY = Symbol.of("library");

    /** The features {@code cond-expand} knows, as CHICKEN 5 names them. */
    private static final Set<String> FEATURES = Set.of("chicken", "chicken-5", "r7rs", "full-numeric-tower",
            "srfi-0", "srfi-1", "srfi-2", "srfi-4", "srfi-6", "srfi-8", "srfi-9", "srfi-13", "srfi-17", "srfi-18",
            "srfi-23", "srfi-30", "srfi-39", "srfi-62", "srfi-69", "srfi-88", "socket", "sockbench");

    /** Written in Scheme: hygiene keeps their temporaries apart and their globals their own. */
    private static final String PRELUDE = """
            (define-syntax fluid-let
              (syntax-rules ()
                ((_ ((v e) ...) body ...)
                 (fluid-let "temporaries" () ((v e) ...) body ...))
                ((_ "temporaries" ((v e new old) ...) () body ...)
                 (let ((new e) ... (old #f) ...)
                   (dynamic-wind
                     (lambda () (set! old v) ... (set! v new) ...)
                     (lambda () body ...)
                     (lambda () (set! new v) ... (set! v old) ...))))
                ((_ "temporaries" (done ...) ((v e) more ...) body ...)
                 (fluid-let "temporaries" (done ... (v e new old)) (more ...) body ...))))
            (define-syntax optional
              (syntax-rules ()
                ((_ args default) (let ((rest args)) (if (null? rest) default (car rest))))
                ((_ args) (optional args #f))))
            (define-syntax let-optionals
              (syntax-rules ()
                ((_ args () body ...) (let () body ...))
                ((_ args ((var default) . more) body ...)
                 (let* ((rest args)
                        (var (if (null? rest) default (car rest))))
                   (let-optionals (if (null? rest) '() (cdr rest)) more body ...)))
                ((_ args rest-var body ...) (let ((rest-var args)) body ...))))
            (define-syntax let-optionals*
              (syntax-rules () ((_ args specs body ...) (let-optionals args specs body ...))))
            """;

    private DerivedForms() {
    }

    static void install(Map<Symbol, Analyzer.SpecialForm> forms) {
        forms.put(Symbol.of("delay"), (f, tail) -> delay(f, false));
        forms.put(Symbol.of("delay-force"), (f, tail) -> delay(f, true));
        forms.put(Symbol.of("make-promise-lazy"), (f, tail) -> delay(f, true));
        forms.put(Symbol.of("case-lambda"), DerivedForms::caseLambda);
        forms.put(Symbol.of("cond-expand"), DerivedForms::condExpand);
    }

    /** The primitives of these forms, and the prelude's macros, in a new interpreter. */
    static void install(Interpreter interpreter) {
        GlobalEnv g = interpreter.globals();
        g.defineProcedure("force", 1, 1, a -> Promise.force(a[0]));
        g.defineProcedure("make-promise", 1, 1, a -> Promise.of(a[0]));
        g.defineProcedure("promise?", 1, 1, a -> a[0] instanceof Promise);
        interpreter.eval(PRELUDE);
    }

    private static Node delay(Form f, boolean lazy) {
        f.expect(2, 2);
        Node body = Analyzer.analyze(f.get(1), f.at(1), false);
        return env -> Promise.delayed(() -> Closure.run(body, env), lazy);
    }

    private static Node caseLambda(Form f, boolean tail) {
        List<Node> clauses = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair clause)) {
                throw f.error("bad clause");
            }
            clauses.add(BindingForms.lambda(clause.car, clause.cdr, f, null));
        }
        return env -> {
            Closure[] made = new Closure[clauses.size()];
            for (int i = 0; i < made.length; i++) {
                made[i] = (Closure) clauses.get(i).eval(env);
            }
            return new CaseLambda(made);
        };
    }

    /** SRFI-0 {@code (cond-expand (requirement body ...) ... (else body ...))}. */
    private static Node condExpand(Form f, boolean tail) {
        for (int i = 1; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair clause)) {
                throw f.error("bad clause");
            }
            if (Analyzer.isKeyword(clause.car, ELSE) || holds(clause.car, f)) {
                return Analyzer.body(clause.cdr, f.where(), tail);
            }
        }
        throw f.error("no matching clause");
    }

    private static boolean holds(Object requirement, Form f) {
        if (requirement instanceof Symbol s) {
            return FEATURES.contains(s.strip().name());
        }
        if (requirement instanceof Pair p && p.car instanceof Symbol head) {
            List<Object> parts = Lists.toJava(p.cdr);
            Symbol op = head.strip();
            if (op == AND) {
                return parts.stream().allMatch(r -> holds(r, f));
            } else if (op == OR) {
                return parts.stream().anyMatch(r -> holds(r, f));
            } else if (op == NOT && parts.size() == 1) {
                return !holds(parts.get(0), f);
            } else if (op == LIBRARY) {
                return true;
            }
        }
        throw f.error("bad feature requirement");
    }
}
