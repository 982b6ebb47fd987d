package sockbench.ui.transcript;

/** Whether a text reads as whole forms: brackets balanced outside strings, characters and comments. */
final class FormText {
    private FormText() {}

    /** True when every ( [ has its ) ] and every string is closed. */
    static boolean balanced(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case ';' -> {
                    int nl = text.indexOf('\n', i);
                    i = nl < 0 ? text.length() : nl;
                }
                case '#' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                        i += 2; // a character: #\( is no bracket
                    } else if (i + 1 < text.length() && text.charAt(i + 1) == '|') {
                        int end = text.indexOf("|#", i + 2);
                        if (end < 0) {
                            return false;
                        }
                        i = end + 1;
                    }
                }
                case '(', '[' -> depth++;
                case ')', ']' -> {
                    if (--depth < 0) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return depth == 0 && !inString;
    }
}
