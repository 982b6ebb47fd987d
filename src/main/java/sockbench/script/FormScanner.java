package sockbench.script;

/**
 * Whether typed text holds only complete forms, so that the REPL knows to ask for another line:
 * counts open parentheses and brackets outside strings, {@code |symbols|}, characters
 * ({@code #\(}) and comments ({@code ;}, {@code #| |#}).
 */
final class FormScanner {
    private FormScanner() {
    }

    static boolean isComplete(String text) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth--;
                case ';' -> {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                }
                case '"', '|' -> {
                    i++;
                    while (i < n && text.charAt(i) != c) {
                        if (text.charAt(i) == '\\') {
                            i++;
                        }
                        i++;
                    }
                    if (i >= n) {
                        return false;
                    }
                }
                case '#' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '\\') {
                        i += 2; // the character after #\ is a datum, even ( or "
                    } else if (i + 1 < n && text.charAt(i + 1) == '|') {
                        int end = text.indexOf("|#", i + 2);
                        if (end < 0) {
                            return false;
                        }
                        i = end + 1;
                    }
                }
                default -> {
                }
            }
        }
        // more closers than openers is an error the reader reports; nothing to wait for
        return depth <= 0;
    }
}
