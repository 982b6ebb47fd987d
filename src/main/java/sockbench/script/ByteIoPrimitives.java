package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading by bytes and into buffers, and port redirection: char-ready?, u8-ready?, read-u8,
 * peek-u8, write-u8, read-string! and read-lines ({@code (chicken io)}), call-with-input-string,
 * with-output-to-port and kin ({@code (chicken port)}). The current ports are the interpreter's.
 */
final class ByteIoPrimitives {
    private ByteIoPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        Parameter in = interpreter.inputParameter();
        Parameter out = interpreter.outputParameter();
        for (String name : List.of("char-ready?", "u8-ready?")) {
            g.defineProcedure(name, 0, 1, a -> input(a, 0, in).ready());
        }
        for (String name : List.of("read-u8", "read-byte")) { // read-byte: (chicken io)'s name for it
            g.defineProcedure(name, 0, 1, a -> {
                int c = input(a, 0, in).read();
                return c < 0 ? Special.EOF : (Object) (long) c;
            });
        }
        g.defineProcedure("peek-u8", 0, 1, a -> {
            int c = input(a, 0, in).peek();
            return c < 0 ? Special.EOF : (Object) (long) c;
        });
        for (String name : List.of("write-u8", "write-byte")) {
            g.defineProcedure(name, 1, 2, a -> {
                long b = Args.integer(a[0]);
                if (b < 0 || b > 255) {
                    throw Errors.wrongType("byte (0..255)", a[0]);
                }
                Args.outputPort(Args.optional(a, 1, out.get())).write((char) b);
                return null;
            });
        }
        // (read-string! n string [port [start]]): how many chars were read into string from start
        g.defineProcedure("read-string!", 2, 4, a -> {
            MString dest = Args.string(a[1]);
            InputPort port = input(a, 2, in);
            int start = Args.index(Args.optional(a, 3, 0L));
            if (start > dest.length()) {
                throw Errors.outOfRange(start, dest.length());
            }
            int n = a[0] == Boolean.FALSE ? dest.length() - start : Args.index(a[0]);
            if (start + n > dest.length()) {
                n = dest.length() - start;
            }
            int count = 0;
            while (count < n) {
                int c = port.read();
                if (c < 0) {
                    break;
                }
                dest.setCharAt(start + count++, (char) c);
            }
            return (long) count;
        });
        g.defineProcedure("read-lines", 0, 2, a -> {
            InputPort port = input(a, 0, in);
            Object max = Args.optional(a, 1, false);
            int limit = max == Boolean.FALSE ? Integer.MAX_VALUE : Args.index(max);
            List<Object> lines = new ArrayList<>();
            for (String line; lines.size() < limit && (line = port.readLine()) != null;) {
                lines.add(MString.of(line));
            }
            return Lists.fromJava(lines);
        });
        // extras.scm's (read-list [port reader max]): as its do loop, the datum read when max is reached is dropped
        g.defineProcedure("read-list", 0, 3, a -> {
            InputPort port = input(a, 0, in);
            Object reader = Args.optional(a, 1, false);
            Procedure read = Args.procedure(reader == Boolean.FALSE ? interpreter.globals().lookup("read") : reader);
            Object max = Args.optional(a, 2, false);
            long limit = max == Boolean.FALSE ? Long.MAX_VALUE : Args.index(max);
            List<Object> items = new ArrayList<>();
            for (Object x = Values.single(read.apply(port)); x != Special.EOF && items.size() < limit;
                 x = Values.single(read.apply(port))) {
                items.add(x);
            }
            return Lists.fromJava(items);
        });
        g.defineProcedure("call-with-input-string", 2, 2,
                a -> Args.procedure(a[1]).apply(InputPort.ofBytes(Args.string(a[0]).toBytes(), "(string)")));
        g.defineProcedure("with-output-to-port", 2, 2, a -> redirect(out, Args.outputPort(a[0]), a[1]));
        g.defineProcedure("with-error-output-to-port", 2, 2, a -> redirect(interpreter.errorParameter(), Args.outputPort(a[0]), a[1]));
        g.defineProcedure("with-error-output-to-string", 1, 1, a -> {
            OutputPort port = OutputPort.toBytes();
            redirect(interpreter.errorParameter(), port, a[0]);
            return port.contents();
        });
        g.defineProcedure("with-input-from-port", 2, 2, a -> redirect(in, Args.inputPort(a[0]), a[1]));
    }

    private static Object redirect(Parameter current, Object port, Object thunk) {
        Runnable restore = current.bind(port);
        try {
            return Args.procedure(thunk).apply();
        } finally {
            restore.run();
        }
    }

    private static InputPort input(Object[] a, int i, Parameter current) {
        return Args.inputPort(Args.optional(a, i, current.get()));
    }
}
