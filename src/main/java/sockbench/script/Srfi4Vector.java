package sockbench.script;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;

/**
 * A SRFI-4 homogeneous numeric vector ({@code u8vector} ... {@code f64vector}), stored as bytes in
 * the machine's native order so that {@code u8vector->blob/shared} and kin hand out the very same
 * storage, as C would see it. Printed {@code #u8(1 2 3)}.
 */
public final class Srfi4Vector {
    /** The element types, each with its tag ({@code u8}), size in bytes and range. */
    public enum Kind {
        U8(1, false, 0, 0xFFL), S8(1, false, Byte.MIN_VALUE, Byte.MAX_VALUE),
        U16(2, false, 0, 0xFFFFL), S16(2, false, Short.MIN_VALUE, Short.MAX_VALUE),
        U32(4, false, 0, 0xFFFF_FFFFL), S32(4, false, Integer.MIN_VALUE, Integer.MAX_VALUE),
        U64(8, false, 0, Long.MAX_VALUE), S64(8, false, Long.MIN_VALUE, Long.MAX_VALUE),
        F32(4, true, 0, 0), F64(8, true, 0, 0);

        final int size;
        final boolean floating;
        final long min;
        final long max;

        Kind(int size, boolean floating, long min, long max) {
            this.size = size;
            this.floating = floating;
            this.min = min;
            this.max = max;
        }

        /** "u8", as in {@code u8vector} and {@code #u8(...)}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind whose tag this is, or null. */
        static Kind byTag(String tag) {
            for (Kind k : values()) {
                if (k.tag().equals(tag)) {
                    return k;
                }
            }
            return null;
        }
    }

    private final Kind kind;
    private final byte[] storage;
    private final ByteBuffer view;

    /** The most bytes a vector may hold: what one Java array can. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    public Srfi4Vector(Kind kind, int length) {
        this(kind, new byte[checkedSize(kind, length)]);
    }

    private static int checkedSize(Kind kind, int length) {
        long bytes = (long) length * kind.size;
        if (length < 0 || bytes > MAX_BYTES) {
            throw new SchemeError(Condition.exn(java.util.List.of("exn", "runtime", "limit"),
                    "vector too large - at most " + MAX_BYTES / kind.size + " elements", (long) length).awaitingLocation());
        }
        return (int) bytes;
    }

    private Srfi4Vector(Kind kind, byte[] storage) {
        this.kind = kind;
        this.storage = storage;
        this.view = ByteBuffer.wrap(storage).order(ByteOrder.nativeOrder());
    }

    /** A vector over these bytes, sharing them ({@code blob->u32vector/shared}); the size must fit whole elements. */
    public static Srfi4Vector sharing(Kind kind, byte[] storage) {
        if (storage.length % kind.size != 0) {
            throw Errors.wrongType("blob whose size is a multiple of " + kind.size, new Blob(storage));
        }
        return new Srfi4Vector(kind, storage);
    }

    public Kind kind() {
        return kind;
    }

    public int length() {
        return storage.length / kind.size;
    }

    /** Element i as a Scheme number: Long for the integer kinds, Double for f32/f64. */
    public Object get(int index) {
        int at = checked(index);
        return switch (kind) {
            case U8 -> (long) (storage[at] & 0xFF);
            case S8 -> (long) storage[at];
            case U16 -> (long) (view.getShort(at) & 0xFFFF);
            case S16 -> (long) view.getShort(at);
            case U32 -> Integer.toUnsignedLong(view.getInt(at));
            case S32 -> (long) view.getInt(at);
            case U64 -> unsigned(view.getLong(at));
            case S64 -> view.getLong(at);
            case F32 -> (double) view.getFloat(at);
            case F64 -> view.getDouble(at);
        };
    }

    /** Sets element i, refusing a value outside the kind's range (CHICKEN does too). */
    public void set(int index, Object value) {
        int at = checked(index);
        if (kind.floating) {
            double d = Args.real(value);
            if (kind == Kind.F32) {
                view.putFloat(at, (float) d);
            } else {
                view.putDouble(at, d);
            }
            return;
        }
        long n;
        if (kind == Kind.U64 && value instanceof java.math.BigInteger big && big.signum() > 0 && big.bitLength() <= 64) {
            n = big.longValue(); // 2^63 .. 2^64-1: a bignum in Scheme, the same 64 bits in the vector
        } else {
            // runtime.c C_i_u8vector_set and kin: a value that is no exact integer is plain "bad argument
            // type", one outside the type's range "out of range" (s8vector-set! says bad argument type)
            String setter = kind.tag() + "vector-set!";
            if (!(value instanceof Long) && !(value instanceof java.math.BigInteger)) {
                throw Errors.located(setter, List.of("exn", "type"), "bad argument type", value);
            }
            n = value instanceof Long l ? l : Long.MIN_VALUE;
            if (!(value instanceof Long) || n < kind.min || n > kind.max) {
                throw kind == Kind.S8 ? Errors.located(setter, List.of("exn", "type"), "bad argument type", value)
                        : Errors.located(setter, List.of("exn", "bounds"), "out of range", value);
            }
        }
        switch (kind.size) {
            case 1 -> storage[at] = (byte) n;
            case 2 -> view.putShort(at, (short) n);
            case 4 -> view.putInt(at, (int) n);
            default -> view.putLong(at, n);
        }
    }

    /** A u64 element: a fixnum below 2^63, a bignum from there. */
    private static Object unsigned(long bits) {
        return bits >= 0 ? (Object) bits : new java.math.BigInteger(Long.toUnsignedString(bits));
    }

    /** The storage itself, shared with any blob made by a {@code ->blob/shared} conversion. */
    public byte[] storage() {
        return storage;
    }

    private int checked(int index) {
        if (index < 0 || index >= length()) {
            throw Errors.outOfRange(index, length());
        }
        return index * kind.size;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("#").append(kind.tag()).append('(');
        for (int i = 0; i < length(); i++) {
            out.append(i == 0 ? "" : " ").append(Printer.write(get(i)));
        }
        return out.append(')').toString();
    }
}
