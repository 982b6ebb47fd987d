package sockbench.script;

import static sockbench.script.Primitive.MANY;

/** Reading and writing through ports, CHICKEN's procedures with their optional port last. */
final class PortPrimitives {
    private PortPrimitives() {
    }

    static void install(GlobalEnv g, Interpreter interpreter) {
        Parameter in = interpreter.inputParameter();
        Parameter out = interpreter.outputParameter();
        g.define("current-input-port", in);
        g.define("current-output-port", out);
        g.define("current-error-port", interpreter.errorParameter());

        g.defineProcedure("display", 1, 2, a -> write(output(a, 1, out), Printer.display(a[0])));
        g.defineProcedure("write", 1, 2, a -> write(output(a, 1, out), Printer.write(a[0])));
        g.defineProcedure("newline", 0, 1, a -> write(output(a, 0, out), "\n"));
        g.defineProcedure("write-char", 1, 2, a -> write(output(a, 1, out), String.valueOf(Args.character(a[0]))));
        g.defineProcedure("write-line", 1, 2, a -> write(output(a, 1, out), Printer.display(a[0]) + "\n"));
        g.defineProcedure("write-string", 1, 3, a -> {
            MString s = Args.string(a[0]);
            if (a.length > 1 && a[1] instanceof OutputPort port) {
                return write(port, s);
            }
            Object count = Args.optional(a, 1, false);
            int n = count instanceof Boolean ? s.length() : Math.min(Args.index(count), s.length());
            return write(output(a, 2, out), s.subSequence(0, n));
        });
        g.defineProcedure("print", 0, MANY, a -> write(Args.outputPort(out.get()), displayAll(a) + "\n"));
        g.defineProcedure("print*", 0, MANY, a -> write(Args.outputPort(out.get()), displayAll(a)));
        g.defineProcedure("flush-output", 0, 1, a -> {
            output(a, 0, out).flush();
            return null;
        });

        g.defineProcedure("read-line", 0, 2, a -> {
            Object limit = Args.optional(a, 1, false); // #f: no limit
            return orEof(input(a, 0, in).readLine(limit instanceof Boolean ? -1 : Args.index(limit)));
        });
        g.defineProcedure("read-char", 0, 1, a -> {
            int c = input(a, 0, in).read();
            return c < 0 ? Special.EOF : (Object) (char) c;
        });
        g.defineProcedure("peek-char", 0, 1, a -> {
            int c = input(a, 0, in).peek();
            return c < 0 ? Special.EOF : (Object) (char) c;
        });
        g.defineProcedure("read-string", 0, 2, a -> {
            Object count = Args.optional(a, 0, false);
            return orEof(input(a, 1, in).readString(count instanceof Boolean ? -1 : Args.index(count)));
        });
        g.defineProcedure("read", 0, 1, a -> {
            Datum d = new SchemeReader(input(a, 0, in)).read();
            return d == null ? Special.EOF : d.value();
        });

        g.defineProcedure("close-input-port", 1, 1, a -> {
            Args.inputPort(a[0]).close();
            return null;
        });
        g.defineProcedure("close-output-port", 1, 1, a -> {
            Args.outputPort(a[0]).close();
            return null;
        });
        g.defineProcedure("eof-object", 0, 0, a -> Special.EOF);
        g.defineProcedure("eof-object?", 1, 1, a -> a[0] == Special.EOF);
        g.defineProcedure("input-port?", 1, 1, a -> a[0] instanceof InputPort);
        g.defineProcedure("output-port?", 1, 1, a -> a[0] instanceof OutputPort);
        g.defineProcedure("port?", 1, 1, a -> a[0] instanceof InputPort || a[0] instanceof OutputPort);

        g.defineProcedure("open-input-string", 1, 1, a -> InputPort.ofBytes(Args.string(a[0]).toBytes(), "(string)"));
        g.defineProcedure("open-output-string", 0, 0, a -> OutputPort.toBytes());
        g.defineProcedure("get-output-string", 1, 1, a -> Args.outputPort(a[0]).contents());
        g.defineProcedure("with-output-to-string", 1, 1, a -> {
            OutputPort port = OutputPort.toBytes();
            Runnable restore = out.bind(port);
            try {
                Args.procedure(a[0]).apply();
            } finally {
                restore.run();
            }
            return port.contents();
        });
        g.defineProcedure("call-with-output-string", 1, 1, a -> {
            OutputPort port = OutputPort.toBytes();
            Args.procedure(a[0]).apply(port);
            return port.contents();
        });
        g.defineProcedure("with-input-from-string", 2, 2, a -> {
            Runnable restore = in.bind(InputPort.ofBytes(Args.string(a[0]).toBytes(), "(string)"));
            try {
                return Args.procedure(a[1]).apply();
            } finally {
                restore.run();
            }
        });
    }

    private static Object write(OutputPort port, CharSequence byteText) throws java.io.IOException {
        port.write(byteText);
        return null;
    }

    private static String displayAll(Object[] a) {
        StringBuilder s = new StringBuilder();
        for (Object x : a) {
            s.append(Printer.display(x));
        }
        return s.toString();
    }

    private static Object orEof(String text) {
        return text == null ? Special.EOF : MString.of(text);
    }

    private static OutputPort output(Object[] a, int i, Parameter current) {
        return Args.outputPort(Args.optional(a, i, current.get()));
    }

    private static InputPort input(Object[] a, int i, Parameter current) {
        return Args.inputPort(Args.optional(a, i, current.get()));
    }
}
