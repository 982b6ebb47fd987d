package sockbench.script;

/** Blobs, the raw bytes that socket options are made of (the SRFI-4 vectors over them: {@link Srfi4Primitives}). */
final class BlobPrimitives {
    private BlobPrimitives() {
    }

    static void install(GlobalEnv g) {
        g.defineProcedure("blob?", 1, 1, a -> a[0] instanceof Blob);
        g.defineProcedure("make-blob", 1, 1, a -> new Blob(new byte[Args.index(a[0])]));
        g.defineProcedure("blob-size", 1, 1, a -> (long) Args.blob(a[0]).size());
        g.defineProcedure("blob->string", 1, 1, a -> MString.ofBytes(Args.blob(a[0]).bytes()));
        g.defineProcedure("string->blob", 1, 1, a -> new Blob(Args.string(a[0]).toBytes()));
        g.defineProcedure("blob=?", 2, 2, a -> Args.blob(a[0]).contentEquals(Args.blob(a[1])));
    }
}
