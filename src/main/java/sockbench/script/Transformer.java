package sockbench.script;

/**
 * What {@code (er-macro-transformer proc)} and {@code (ir-macro-transformer proc)} return: a
 * procedure marked as an explicit- or implicit-renaming transformer, a value like any other until
 * {@code define-syntax}, {@code let-syntax} or {@code letrec-syntax} makes a macro of it (as
 * expand.scm's ##sys#er-transformer and ##sys#ir-transformer wrap theirs).
 */
record Transformer(Procedure procedure, boolean implicit) {
    static void install(GlobalEnv g) {
        g.defineProcedure("er-macro-transformer", 1, 1, a -> new Transformer(Args.procedure(a[0]), false));
        g.defineProcedure("ir-macro-transformer", 1, 1, a -> new Transformer(Args.procedure(a[0]), true));
    }

    @Override
    public String toString() {
        return "#<procedure (" + (implicit ? "ir" : "er") + "-macro-transformer)>";
    }
}
