package sockbench.script;

/** Case and letters as CHICKEN sees them in its byte strings: ASCII only, other bytes unchanged. */
final class Ascii {
    private Ascii() {
    }

    static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static char upcase(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static char downcase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static String upcase(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(upcase(s.charAt(i)));
        }
        return out.toString();
    }

    static String downcase(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(downcase(s.charAt(i)));
        }
        return out.toString();
    }
}
