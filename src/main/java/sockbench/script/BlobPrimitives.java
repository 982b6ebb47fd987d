package sockbench.script;

import java.util.List;

import static sockbench.script.Primitive.MANY;

/** Blobs and SRFI-4 u32vectors, the raw bytes that socket options are made of. */
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

        g.defineProcedure("u32vector?", 1, 1, a -> a[0] instanceof U32Vector);
        g.defineProcedure("u32vector", 0, MANY, a -> fill(List.of(a)));
        g.defineProcedure("list->u32vector", 1, 1, a -> fill(Lists.toJava(a[0])));
        g.defineProcedure("make-u32vector", 1, 2, a -> {
            U32Vector v = new U32Vector(Args.index(a[0]));
            long init = Args.integer(Args.optional(a, 1, 0L));
            for (int i = 0; i < v.length(); i++) {
                v.set(i, init);
            }
            return v;
        });
        g.defineProcedure("u32vector-length", 1, 1, a -> (long) u32(a[0]).length());
        g.defineSettable("u32vector-ref", 2, 2, a -> u32(a[0]).get(Args.index(a[1])), a -> {
            u32(a[0]).set(Args.index(a[1]), Args.integer(a[2]));
            return null;
        });
        g.defineProcedure("u32vector-set!", 3, 3, a -> {
            u32(a[0]).set(Args.index(a[1]), Args.integer(a[2]));
            return null;
        });
        g.defineProcedure("u32vector->list", 1, 1, a -> {
            U32Vector v = u32(a[0]);
            Object[] items = new Object[v.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = v.get(i);
            }
            return Lists.of(items);
        });
        g.defineProcedure("u32vector->blob/shared", 1, 1, a -> new Blob(u32(a[0]).storage()));
        g.defineProcedure("u32vector->blob", 1, 1, a -> new Blob(u32(a[0]).storage().clone()));
        g.defineProcedure("blob->u32vector/shared", 1, 1, a -> U32Vector.sharing(Args.blob(a[0]).bytes()));
        g.defineProcedure("blob->u32vector", 1, 1, a -> U32Vector.sharing(Args.blob(a[0]).bytes().clone()));
    }

    private static U32Vector u32(Object x) {
        if (x instanceof U32Vector v) {
            return v;
        }
        throw Errors.wrongType("u32vector", x);
    }

    private static U32Vector fill(List<Object> values) {
        U32Vector v = new U32Vector(values.size());
        for (int i = 0; i < values.size(); i++) {
            v.set(i, Args.integer(values.get(i)));
        }
        return v;
    }
}
