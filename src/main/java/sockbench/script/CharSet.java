package sockbench.script;

import java.util.function.IntPredicate;

/**
 * A SRFI-14 character set, as far as SRFI-13's procedures need one: a membership test over the
 * byte chars 0..255. It is also a procedure of one char, so that everywhere SRFI-13 takes "a char,
 * a char-set or a predicate" one test serves.
 */
final class CharSet implements Procedure {
    private final IntPredicate members;

    CharSet(IntPredicate members) {
        this.members = members;
    }

    boolean contains(char c) {
        return members.test(c);
    }

    CharSet complement() {
        return new CharSet(members.negate());
    }

    @Override
    public Object apply(Object... args) {
        if (args.length != 1) {
            throw Errors.arity("char-set", args.length, "1");
        }
        return contains(Args.character(args[0]));
    }

    /** SRFI-13's "char/char-set/pred" argument as one test. */
    static IntPredicate criterion(Object x) {
        if (x instanceof Character c) {
            return ch -> ch == c;
        } else if (x instanceof CharSet s) {
            return s.members;
        } else if (x instanceof Procedure p) {
            return ch -> Interop.isTrue(p.apply((char) ch));
        }
        throw Errors.wrongType("char, char-set or predicate", x);
    }

    @Override
    public String toString() {
        return "#<char-set>";
    }
}
