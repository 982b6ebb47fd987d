package sockbench.script;

import java.nio.charset.StandardCharsets;

/**
 * srfi-4.scm's u8vector port procedures and {@code number-vector?}: a u8vector's bytes are read
 * and written as the bytes of a string, as CHICKEN keeps them.
 */
final class Srfi4PortPrimitives {
    private static final Srfi4Vector.Kind U8 = Srfi4Vector.Kind.U8;

    private Srfi4PortPrimitives() {}

    static void install(GlobalEnv g, Interpreter interpreter) {
        Parameter in = interpreter.inputParameter();
        Parameter out = interpreter.outputParameter();
        g.defineProcedure("number-vector?", 1, 1, a -> a[0] instanceof Srfi4Vector);
        // (write-u8vector v [port from to]): from in [0, len], to in [from, len], as check-range
        g.defineProcedure("write-u8vector", 1, 4, a -> {
            Srfi4Vector v = u8vector(a[0], "write-u8vector");
            OutputPort port = Args.outputPort(Args.optional(a, 1, out.get()));
            int len = v.length();
            long from = Args.integer(Args.optional(a, 2, 0L));
            Object toArg = Args.optional(a, 3, false);
            if (from < 0 || from > len) {
                throw Errors.bounds("out of range", from, 0L, (long) len + 1).locate("write-u8vector");
            }
            long to = toArg == Boolean.FALSE ? len : Args.integer(toArg);
            if (to < from || to > len) {
                throw Errors.bounds("out of range", to, from, (long) len + 1).locate("write-u8vector");
            }
            port.write(new String(v.storage(), (int) from, (int) (to - from), StandardCharsets.ISO_8859_1));
            return null;
        });
        // (read-u8vector! n dest [port start]): n #f or too many means up to the end of dest; the count read
        g.defineProcedure("read-u8vector!", 2, 4, a -> {
            InputPort port = Args.inputPort(Args.optional(a, 2, in.get()));
            Object startArg = Args.optional(a, 3, 0L);
            if (!(startArg instanceof Long start)) {
                throw Errors.wrongType("fixnum", startArg).locate("read-u8vector!");
            }
            byte[] dest = u8vector(a[1], "read-u8vector!").storage();
            if (a[0] != Boolean.FALSE && !(a[0] instanceof Long)) {
                throw Errors.wrongType("fixnum", a[0]).locate("read-u8vector!");
            }
            if (start < 0 || start > dest.length) {
                throw Errors.outOfRange((Object) start, (Object) (long) dest.length).locate("read-u8vector!");
            }
            long n = a[0] instanceof Long k && start + k <= dest.length ? k : dest.length - start;
            int count = 0;
            for (int c; count < n && (c = port.read()) >= 0; count++) {
                dest[(int) (start + count)] = (byte) c;
            }
            return (long) count;
        });
        // (read-u8vector [n port]): n bytes or all that remain, the eof object when none do
        g.defineProcedure("read-u8vector", 0, 2, a -> {
            Object n = Args.optional(a, 0, false);
            if (n != Boolean.FALSE && !(n instanceof Long)) {
                throw Errors.wrongType("fixnum", n).locate("read-u8vector");
            }
            InputPort port = Args.inputPort(Args.optional(a, 1, in.get()));
            String text = port.readString(n == Boolean.FALSE ? -1 : Args.index(n));
            return text == null ? Special.EOF : Srfi4Vector.sharing(U8, text.getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    private static Srfi4Vector u8vector(Object x, String procedure) {
        if (x instanceof Srfi4Vector v && v.kind() == U8) {
            return v;
        }
        throw Errors.wrongType("u8vector", x).locate(procedure);
    }
}
