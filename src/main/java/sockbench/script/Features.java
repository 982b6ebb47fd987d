package sockbench.script;

import java.util.ArrayList;
import java.util.List;

/**
 * The feature identifiers of one interpreter, library.scm's {@code ##sys#features}: keywords,
 * newest first, that {@code cond-expand} and {@code feature?} test and {@code register-feature!}
 * adds to. The list starts as csi 5.3's does (its own features, the platform's, those its units
 * and the eggs this console preloads register); kept in the interpreter's global frame.
 */
final class Features {
    /** Where an interpreter keeps its list: a name no program can write. */
    private static final Symbol KEY = Symbol.uninterned("##sys#features");

    private final List<Keyword> list = new ArrayList<>();

    private Features() {
        List<String> initial = new ArrayList<>(List.of(
                // library.scm
                "chicken", "srfi-6", "srfi-8", "srfi-12", "srfi-17", "srfi-23", "srfi-30", "srfi-39", "srfi-62",
                "srfi-87", "srfi-88", "full-numeric-tower"));
        for (String platform : List.of(Platform.softwareType(), Platform.softwareVersion(), Platform.machineType(),
                Platform.byteOrder())) {
            if (!platform.equals("unknown")) {
                initial.add(0, platform);
            }
        }
        initial.addAll(0, List.of("chicken-5", "chicken-5.3", "64bit"));
        // expand.scm, chicken-syntax.scm, extras.scm, read-syntax.scm, srfi-4.scm, csi.scm, and the eggs preloaded here
        initial.addAll(0, List.of("csi", "srfi-0", "srfi-2", "srfi-9", "srfi-46", "srfi-55", "srfi-61", "srfi-11", "srfi-15",
                "srfi-16", "srfi-26", "srfi-31", "srfi-28", "srfi-10", "srfi-4",
                "srfi-1", "srfi-13", "srfi-18", "srfi-69", "socket", "sockbench"));
        initial.forEach(name -> list.add(Keyword.of(name)));
    }

    /** The list of the interpreter whose global frame is {@code globals} (a fresh default one when there is none). */
    static Features of(Env globals) {
        if (globals == null) {
            return new Features();
        }
        Object kept = globals.lookup(KEY);
        if (kept instanceof Features f) {
            return f;
        }
        synchronized (Features.class) {
            kept = globals.lookup(KEY);
            if (kept instanceof Features f) {
                return f;
            }
            Features made = new Features();
            globals.define(KEY, made);
            return made;
        }
    }

    /** library.scm's ->feature-id: a keyword, string or symbol names a feature; anything else is a type error. */
    static Keyword id(Object x) {
        if (x instanceof Keyword k) {
            return k;
        }
        if (x instanceof MString s) {
            return Keyword.of(s.toString());
        }
        if (x instanceof Symbol s) {
            return Keyword.of(s.strip().name());
        }
        // (sic) library.scm's spelling
        throw new SchemeError(Condition.exn(List.of("exn", "type"), "bad argument type - not a valid feature identifer", x));
    }

    synchronized boolean has(Keyword id) {
        return list.contains(id);
    }

    synchronized void register(Keyword id) {
        if (!list.contains(id)) {
            list.add(0, id);
        }
    }

    synchronized void unregister(Keyword id) {
        list.remove(id);
    }

    synchronized List<Keyword> all() {
        return List.copyOf(list);
    }
}
