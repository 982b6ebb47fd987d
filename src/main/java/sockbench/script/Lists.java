package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/** Building and walking Scheme lists. */
public final class Lists {
    private Lists() {
    }

    public static Object of(Object... items) {
        Object list = Empty.LIST;
        for (int i = items.length - 1; i >= 0; i--) {
            list = new Pair(items[i], list);
        }
        return list;
    }

    public static Object fromJava(List<?> items) {
        return of(items.toArray());
    }

    /** The elements of a proper list; anything else (improper, circular) is a type error. */
    public static List<Object> toJava(Object list) {
        int length = length(list);
        if (length < 0) {
            throw Errors.wrongType("proper list", list);
        }
        List<Object> items = new ArrayList<>(length);
        for (Object x = list; x instanceof Pair p; x = p.cdr) {
            items.add(p.car);
        }
        return items;
    }

    /** The length of a proper list, or -1 for an improper or circular one. */
    public static int length(Object list) {
        int n = 0;
        Object slow = list;
        Object fast = list;
        while (fast instanceof Pair p) {
            n++;
            fast = p.cdr;
            if (!(fast instanceof Pair q)) {
                break;
            }
            n++;
            fast = q.cdr;
            slow = ((Pair) slow).cdr;
            if (fast == slow) {
                return -1;
            }
        }
        return fast == Empty.LIST ? n : -1;
    }
}
