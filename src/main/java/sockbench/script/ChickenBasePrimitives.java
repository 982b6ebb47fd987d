package sockbench.script;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The rest of chicken.base's procedures, as library.scm defines them: foldl and foldr (the fast folds
 * with their own argument order), chop, rassoc, atom?, tail?, signum, quotient&remainder,
 * quotient&modulo, exact-integer-nth-root, equal=?, the ports' open/closed predicates,
 * string->uninterned-symbol and warning.
 */
final class ChickenBasePrimitives {
    private ChickenBasePrimitives() {}

    static void install(GlobalEnv g, Interpreter interpreter) {
        // (foldl f z lst): (f z x) left to right; (foldr f z lst): (f x z) from the right
        g.defineProcedure("foldl", 3, 3, a -> {
            Procedure f = Args.procedure(a[0]);
            Object z = a[1];
            for (Object x : checkedList(a[2])) {
                z = Values.single(f.apply(z, x));
            }
            return z;
        });
        g.defineProcedure("foldr", 3, 3, a -> {
            Procedure f = Args.procedure(a[0]);
            List<Object> items = checkedList(a[2]);
            Object z = a[1];
            for (int i = items.size() - 1; i >= 0; i--) {
                z = Values.single(f.apply(items.get(i), z));
            }
            return z;
        });
        g.defineProcedure("chop", 2, 2, a -> {
            if (!(a[1] instanceof Long n)) {
                throw Errors.wrongType("fixnum", a[1]);
            }
            if (n <= 0) {
                // (##sys#error 'chop "invalid numeric argument" n)
                throw Errors.located("chop", List.of("exn"), "invalid numeric argument", n);
            }
            List<Object> items = Args.list(a[0]);
            List<Object> pieces = new ArrayList<>();
            for (int at = 0; at < items.size(); at += n) {
                pieces.add(Lists.fromJava(items.subList(at, (int) Math.min(items.size(), at + n))));
            }
            return Lists.fromJava(pieces);
        });
        g.defineProcedure("rassoc", 2, 3, a -> {
            Procedure test = a.length > 2 ? Args.procedure(a[2]) : null;
            for (Object entry : checkedList(a[1])) {
                if (!(entry instanceof Pair p)) {
                    throw Errors.wrongType("pair", entry);
                }
                if (test == null ? Equality.eqv(a[0], p.cdr) : Interop.isTrue(Values.single(test.apply(a[0], p.cdr)))) {
                    return p;
                }
            }
            return Boolean.FALSE;
        });
        g.defineProcedure("atom?", 1, 1, a -> !(a[0] instanceof Pair));
        g.defineProcedure("tail?", 2, 2, a -> {
            checkedList(a[1]);
            if (a[0] == Empty.LIST) {
                return true;
            }
            for (Object y = a[1]; y instanceof Pair p; y = p.cdr) {
                if (y == a[0]) {
                    return true;
                }
            }
            return false;
        });

        // runtime.c C_signum: -1, 0 or 1, inexact for a flonum
        g.defineProcedure("signum", 1, 1, a -> {
            if (a[0] instanceof Double d) {
                return d > 0 ? 1.0 : d < 0 ? -1.0 : d;
            }
            if (!Numbers.isNumber(a[0])) {
                throw Errors.wrongType("number", a[0]);
            }
            return (long) Numbers.sign(a[0]);
        });
        g.defineProcedure("quotient&remainder", 2, 2, a -> Values.of(
                Numbers.divideIntegers(a[0], a[1], Numbers.Division.QUOTIENT),
                Numbers.divideIntegers(a[0], a[1], Numbers.Division.REMAINDER)));
        // the modulo's sign follows y, the remainder's x
        g.defineProcedure("quotient&modulo", 2, 2, a -> Values.of(
                Numbers.divideIntegers(a[0], a[1], Numbers.Division.QUOTIENT),
                Numbers.divideIntegers(a[0], a[1], Numbers.Division.MODULO)));
        g.defineProcedure("exact-integer-nth-root", 2, 2, a -> {
            BigInteger k = unsigned(a[0]);
            BigInteger n = unsigned(a[1]);
            BigInteger root = nthRoot(k, n);
            return Values.of(Numbers.normalize(root), Numbers.normalize(k.subtract(root.pow(n.intValueExact()))));
        });

        g.defineProcedure("equal=?", 2, 2, a -> Equality.equalNumerically(a[0], a[1]));

        g.defineProcedure("input-port-open?", 1, 1, a -> !Args.inputPort(a[0]).isClosed());
        g.defineProcedure("output-port-open?", 1, 1, a -> !Args.outputPort(a[0]).isClosed());
        g.defineProcedure("port-closed?", 1, 1, a -> {
            if (a[0] instanceof InputPort in) {
                return in.isClosed();
            } else if (a[0] instanceof OutputPort out) {
                return out.isClosed();
            }
            throw Errors.wrongType("port", a[0]);
        });

        g.defineProcedure("string->uninterned-symbol", 1, 1, a -> Symbol.uninterned(Args.string(a[0]).toJavaString()));
        // library.scm's signal-hook for #:warning: "\nWarning: " msg, then ": " and one argument, or a
        // newline and each argument written on its own line
        g.defineProcedure("warning", 1, MANY, a -> {
            StringBuilder text = new StringBuilder("\nWarning: ").append(Printer.display(a[0]));
            text.append(a.length == 2 ? ": " : "\n");
            for (int i = 1; i < a.length; i++) {
                text.append(Printer.write(a[i])).append('\n');
            }
            OutputPort err = interpreter.errorPort();
            err.write(ByteText.encode(text.toString()));
            err.flush();
            return null;
        });
    }

    private static final int MANY = Primitive.MANY;

    /** ##sys#check-list: a proper list, else "bad argument type - not a list" (the procedure is its location). */
    private static List<Object> checkedList(Object x) {
        if (Lists.length(x) < 0) {
            throw Errors.wrongType("list", x);
        }
        return Lists.toJava(x);
    }

    private static BigInteger unsigned(Object x) {
        if (!Numbers.isExactInteger(x) || Numbers.sign(x) < 0) {
            throw Errors.wrongType("unsigned integer", x);
        }
        return Numbers.big(x);
    }

    /** library.scm's Newton iteration from 2^ceil((len+1)/n): the largest s with s^n <= k. */
    private static BigInteger nthRoot(BigInteger k, BigInteger n) {
        if (k.signum() == 0 || k.equals(BigInteger.ONE) || n.equals(BigInteger.ONE)) {
            return k;
        }
        if (n.signum() == 0) {
            throw Errors.divisionByZero();
        }
        int len = k.bitLength();
        if (BigInteger.valueOf(len).compareTo(n) < 0) {
            return BigInteger.ONE;
        }
        int e = n.intValueExact();
        BigInteger g0 = BigInteger.ONE.shiftLeft((len + 1 + e - 1) / e);
        BigInteger nMinus1 = n.subtract(BigInteger.ONE);
        BigInteger g1 = nMinus1.multiply(g0).add(k.divide(g0.pow(e - 1))).divide(n);
        while (g1.compareTo(g0) < 0) {
            g0 = g1;
            g1 = nMinus1.multiply(g0).add(k.divide(g0.pow(e - 1))).divide(n);
        }
        return g0;
    }
}
