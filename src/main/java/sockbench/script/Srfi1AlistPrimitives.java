package sockbench.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** SRFI-1's association lists: alist-cons, alist-copy, alist-delete(!) (equal? by default, called as (= key entry-key)). */
final class Srfi1AlistPrimitives {
    private Srfi1AlistPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("alist-cons", 3, 3, a -> new Pair(new Pair(a[0], a[1]), a[2]));
        g.defineProcedure("alist-copy", 1, 1, a -> {
            List<Object> out = new ArrayList<>();
            for (Object entry : Lists.toJava(a[0])) {
                Pair p = Args.pair(entry);
                out.add(new Pair(p.car, p.cdr));
            }
            return Lists.fromJava(out);
        });
        g.defineProcedure("alist-delete", 2, 3, a -> {
            BiPredicate<Object, Object> same = Srfi1Primitives.equivalence(a, 2);
            List<Object> kept = new ArrayList<>();
            for (Object entry : Lists.toJava(a[1])) {
                if (!same.test(a[0], Args.pair(entry).car)) {
                    kept.add(entry);
                }
            }
            return Lists.fromJava(kept);
        });
        g.define("alist-delete!", g.lookup("alist-delete"));
    }
}
