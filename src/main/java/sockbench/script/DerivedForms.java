package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Forms beyond the core that scripts use: {@code delay}, {@code delay-force}, {@code case-lambda},
 * {@code cond-expand}, and those written as macros in {@link #PRELUDE} ({@code fluid-let},
 * {@code let-optionals}, {@code optional}, SRFI-26's {@code cut} and {@code cute}, SRFI-2's
 * {@code and-let*}, and chicken-syntax.scm's forms that the interpreter reads as plain ones:
 * {@code define-constant} and {@code define-inline} define, {@code the} and {@code assume} drop
 * their types, {@code define-type} does nothing, {@code begin-for-syntax} evaluates at once). Their primitives ({@code force}, {@code make-promise})
 * are installed by {@link #install(Interpreter)}.
 */
final class DerivedForms {
    private static final Symbol ELSE = Symbol.of("else");
    private static final Symbol AND = Symbol.of("and");
    private static final Symbol OR = Symbol.of("or");
    private static final Symbol NOT = Symbol.of("not");

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
            (define-syntax cut
              (syntax-rules (<> <...>)
                ((_ "slots" (param ...) (call ...)) (lambda (param ...) (call ...)))
                ((_ "slots" (param ...) (call ...) <...>) (lambda (param ... . rest) (apply call ... rest)))
                ((_ "slots" (param ...) (call ...) <> . more) (cut "slots" (param ... x) (call ... x) . more))
                ((_ "slots" (param ...) (call ...) e . more) (cut "slots" (param ...) (call ... e) . more))
                ((_ slot . more) (cut "slots" () () slot . more))))
            (define-syntax cute
              (syntax-rules (<> <...>)
                ((_ "slots" (bound ...) (param ...) (call ...)) (let (bound ...) (lambda (param ...) (call ...))))
                ((_ "slots" (bound ...) (param ...) (call ...) <...>)
                 (let (bound ...) (lambda (param ... . rest) (apply call ... rest))))
                ((_ "slots" (bound ...) (param ...) (call ...) <> . more) (cute "slots" (bound ...) (param ... x) (call ... x) . more))
                ((_ "slots" (bound ...) (param ...) (call ...) e . more) (cute "slots" (bound ... (v e)) (param ...) (call ... v) . more))
                ((_ slot . more) (cute "slots" () () () slot . more))))
            (define-syntax and-let*
              (syntax-rules ()
                ((_ "clauses" () last) last)
                ((_ "clauses" () last body ...) (begin body ...))
                ((_ "clauses" ((e) . more) last . body) (let ((v e)) (if v (and-let* "clauses" more v . body) #f)))
                ((_ "clauses" ((var e) . more) last . body) (let ((var e)) (if var (and-let* "clauses" more var . body) #f)))
                ((_ "clauses" (bound . more) last . body) (let ((v bound)) (if v (and-let* "clauses" more v . body) #f)))
                ((_ clauses . body) (and-let* "clauses" clauses #t . body))))
            (define-syntax define-constant (syntax-rules () ((_ name value) (define name value))))
            (define-syntax define-inline
              (syntax-rules () ((_ (name . formals) body ...) (define (name . formals) body ...)) ((_ name value) (define name value))))
            (define-syntax the (syntax-rules () ((_ type e) e)))
            (define-syntax assume (syntax-rules () ((_ ((var type) ...) body ...) (let ((var (the type var)) ...) body ...))))
            (define-syntax define-type (syntax-rules () ((_ name type) (void))))
            (define-syntax begin-for-syntax (syntax-rules () ((_ e ...) (begin e ... (void)))))
            (define-syntax define-for-syntax (syntax-rules () ((_ head body ...) (begin-for-syntax (define head body ...)))))
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

    /**
     * SRFI-0 {@code (cond-expand (requirement body ...) ... (else body ...))}, as expand.scm's: a
     * feature is one of the interpreter's {@link Features}; {@code and}, {@code or}, {@code not}
     * combine them (CHICKEN 5.3 has no {@code library} requirement); an empty matching clause is
     * unspecified.
     */
    private static Node condExpand(Form f, boolean tail) {
        Features features = Features.of(Scope.current().globals());
        List<Object> heads = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            if (!(f.get(i) instanceof Pair clause)) {
                throw syntaxError(f.get(i), f);
            }
            heads.add(SyntaxData.strip(clause.car));
            if (Analyzer.isKeyword(clause.car, ELSE) || holds(clause.car, f, features)) {
                return clause.cdr == Empty.LIST ? Analyzer.constant(Special.UNSPECIFIED) : Analyzer.body(clause.cdr, f.where(), tail);
            }
        }
        throw Errors.error("no matching clause in `cond-expand' form", heads.toArray()).at(f.where());
    }

    private static boolean holds(Object requirement, Form f, Features features) {
        if (requirement instanceof Symbol s) {
            return features.has(Features.id(s));
        }
        if (requirement instanceof Pair p && p.car instanceof Symbol head) {
            Symbol op = head.strip();
            List<Object> parts = Lists.toJava(p.cdr);
            if (op == AND) {
                return parts.stream().allMatch(r -> holds(r, f, features));
            } else if (op == OR) {
                return parts.stream().anyMatch(r -> holds(r, f, features));
            } else if (op == NOT && parts.size() == 1) {
                return !holds(parts.get(0), f, features);
            }
        }
        throw syntaxError(requirement, f);
    }

    /** expand.scm's err: "syntax error in `cond-expand' form" with the part and the whole form. */
    private static SchemeError syntaxError(Object part, Form f) {
        return Errors.error("syntax error in `cond-expand' form", SyntaxData.strip(part), SyntaxData.strip(f.pair())).at(f.where());
    }
}
