package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * (chicken port)'s port-for-each, port-map, port-fold and copy-port, and (chicken io)'s read-token:
 * loops over a reader procedure until it gives #!eof, as the manual describes them.
 */
final class PortIterationPrimitives {
    private PortIterationPrimitives() {}

    static void install(GlobalEnv g) {
        g.defineProcedure("port-for-each", 2, 2, a -> {
            Procedure fn = Args.procedure(a[0]);
            Procedure thunk = Args.procedure(a[1]);
            for (Object x = next(thunk); x != Special.EOF; x = next(thunk)) {
                fn.apply(x);
            }
            return null;
        });
        g.defineProcedure("port-map", 2, 2, a -> {
            Procedure fn = Args.procedure(a[0]);
            Procedure thunk = Args.procedure(a[1]);
            List<Object> results = new ArrayList<>();
            for (Object x = next(thunk); x != Special.EOF; x = next(thunk)) {
                results.add(Values.single(fn.apply(x)));
            }
            return Lists.fromJava(results);
        });
        g.defineProcedure("port-fold", 3, 3, a -> {
            Procedure fn = Args.procedure(a[0]);
            Object acc = a[1];
            Procedure thunk = Args.procedure(a[2]);
            for (Object x = next(thunk); x != Special.EOF; x = next(thunk)) {
                acc = Values.single(fn.apply(x, acc));
            }
            return acc;
        });
        // (copy-port from to [read [write]]): read-char and write-char unless given; the ports are not checked
        g.defineProcedure("copy-port", 2, 4, a -> {
            Procedure read = a.length > 2 ? Args.procedure(a[2]) : (Procedure) g.lookup("read-char");
            Procedure write = a.length > 3 ? Args.procedure(a[3]) : (Procedure) g.lookup("write-char");
            for (Object x = Values.single(read.apply(a[0])); x != Special.EOF; x = Values.single(read.apply(a[0]))) {
                write.apply(x, a[1]);
            }
            return null;
        });
        // (read-token predicate [port]): the characters while predicate holds, as a string (extras.scm peeks each)
        g.defineProcedure("read-token", 1, 2, a -> {
            Procedure predicate = Args.procedure(a[0]);
            Procedure peek = (Procedure) g.lookup("peek-char");
            Procedure read = (Procedure) g.lookup("read-char");
            Object[] port = a.length > 1 ? new Object[] {a[1]} : new Object[0];
            StringBuilder token = new StringBuilder();
            for (Object c = Values.single(peek.apply(port)); c instanceof Character ch
                    && Interop.isTrue(Values.single(predicate.apply(ch))); c = Values.single(peek.apply(port))) {
                read.apply(port);
                token.append(ch.charValue());
            }
            return MString.of(token);
        });
    }

    private static Object next(Procedure thunk) {
        return Values.single(thunk.apply());
    }
}
