package sockbench.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Scheme data from a port, form by form, remembering where each starts. Errors are
 * {@code (exn syntax)} conditions whose message starts with the place: {@code line 3, column 7:
 * missing ')'}. After an error the reader can go on with the rest of the input (the REPL does).
 */
public final class SchemeReader {
    /** Markers that {@link #item()} returns besides data. */
    private record Close(char bracket, Position where) {
    }

    private static final Object DOT = new Object();
    private static final Object END = new Object();
    /** What a comment starting with '#' reads as: nothing. */
    private static final Object SKIP = new Object();

    private final InputPort in;
    private int line = 1;
    private int column = 1;
    private int depth;
    private Position itemStart;
    private final StringBuilder recording = new StringBuilder();
    private int recordFrom;

    public SchemeReader(InputPort in) {
        this.in = in;
    }

    /** Every form of a Unicode source text. */
    public static List<Datum> readAll(String text) {
        return new SchemeReader(InputPort.ofText(text)).readAll();
    }

    public List<Datum> readAll() {
        List<Datum> forms = new ArrayList<>();
        for (Datum d = read(); d != null; d = read()) {
            forms.add(d);
        }
        return forms;
    }

    /** The next form, or null at the end of the input. */
    public Datum read() {
        recording.setLength(0);
        depth = 0;
        Object x = item();
        if (x == END) {
            return null;
        } else if (x instanceof Close c) {
            throw error(c.where(), "unexpected '" + c.bracket() + "'");
        } else if (x == DOT) {
            throw error(itemStart, "unexpected '.'");
        }
        return new Datum(x, itemStart, ByteText.decode(recording.substring(recordFrom)));
    }

    /**
     * The next datum, or a marker: a closing bracket, a lone dot, or the end of input. Comments
     * are skipped ({@code ;}, {@code #|...|#}, {@code #;datum}, and {@code #!/...} as on a script's first line).
     */
    private Object item() {
        while (true) {
            int c = peek();
            if (c == -1) {
                return END;
            } else if (Character.isWhitespace(c)) {
                next();
                continue;
            } else if (c == ';') {
                skipLine();
                continue;
            }
            Position start = here();
            if (depth == 0) {
                recordFrom = recording.length();
            }
            next();
            Object x = c == '#' ? hash(start) : afterFirst((char) c, start);
            if (x == SKIP) {
                continue;
            }
            itemStart = start;
            return x;
        }
    }

    private Object afterFirst(char c, Position start) {
        switch (c) {
            case '(':
                return list(start, ')');
            case '[':
                return list(start, ']');
            case ')', ']':
                return new Close(c, start);
            case '\'':
                return quoted("quote", start);
            case '`':
                return quoted("quasiquote", start);
            case ',':
                if (peek() == '@') {
                    next();
                    return quoted("unquote-splicing", start);
                }
                return quoted("unquote", start);
            case '"':
                return MString.of(string(start));
            case '|':
                return Symbol.of(barSymbol(start));
            default:
                return atom(c + token());
        }
    }

    private Object list(Position open, char closer) {
        depth++;
        List<Object> items = new ArrayList<>();
        List<Position> starts = new ArrayList<>();
        Object tail = Empty.LIST;
        while (true) {
            Object x = item();
            if (x == END) {
                throw error(open, "missing '" + closer + "'");
            } else if (x instanceof Close c) {
                if (c.bracket() != closer) {
                    throw error(c.where(), "unexpected '" + c.bracket() + "', expected '" + closer + "'");
                }
                break;
            } else if (x == DOT) {
                Position dot = itemStart;
                tail = item();
                if (items.isEmpty() || tail == END || tail == DOT || tail instanceof Close
                        || !(item() instanceof Close c) || c.bracket() != closer) {
                    throw error(dot, "bad dotted list");
                }
                break;
            }
            items.add(x);
            starts.add(itemStart);
        }
        depth--;
        Object list = tail;
        for (int i = items.size() - 1; i >= 0; i--) {
            list = new Pair(items.get(i), list, i == 0 ? open : starts.get(i));
        }
        return list;
    }

    private Object quoted(String name, Position start) {
        depth++;
        Object x = item();
        depth--;
        if (x == END || x == DOT || x instanceof Close) {
            throw error(start, "missing datum after " + name);
        }
        return new Pair(Symbol.of(name), new Pair(x, Empty.LIST, itemStart), start);
    }

    private Object hash(Position start) {
        int c = peek();
        if (c == -1) {
            throw error(start, "unexpected end of input after '#'");
        }
        switch (c) {
            case '|':
                next();
                skipBlockComment(start);
                return SKIP;
            case ';':
                next();
                skipDatum(start);
                return SKIP;
            case '!':
                next();
                if (peek() == '/' || peek() == ' ') {
                    skipLine();
                    return SKIP;
                }
                return special(token(), start);
            case '\\':
                next();
                return character(start);
            case '(':
                next();
                return Lists.toJava(list(start, ')')).toArray();
            case '$':
                next();
                return blob(start);
            case ':':
                next();
                return Keyword.of(token());
            default:
                break;
        }
        String word = token();
        switch (word) {
            case "t", "true":
                return Boolean.TRUE;
            case "f", "false":
                return Boolean.FALSE;
            default:
                Srfi4Vector.Kind kind = Srfi4Vector.Kind.byTag(word);
                if (kind != null && peek() == '(') {
                    next();
                    return srfi4vector(kind, list(start, ')'), start);
                }
                Number n = NumberSyntax.parse("#" + word, 10);
                if (n != null) {
                    return n;
                }
        }
        throw error(start, "unknown syntax: #" + word);
    }

    private Object character(Position start) {
        int first = next();
        if (first == -1) {
            throw error(start, "unexpected end of input in character");
        }
        String name = Character.isLetterOrDigit(first) ? (char) first + token() : String.valueOf((char) first);
        Character c = CharNames.parse(name);
        String unicode = ByteText.decode(name);
        if (c == null && unicode.length() == 1) {
            c = unicode.charAt(0);
        }
        if (c == null) {
            throw error(start, "unknown character name: #\\" + name);
        }
        return c;
    }

    private Object blob(Position start) {
        if (next() != '{') {
            throw error(start, "'{' expected after #$");
        }
        StringBuilder hex = new StringBuilder();
        for (int c = next(); c != '}'; c = next()) {
            if (c == -1) {
                throw error(start, "missing '}' in blob");
            } else if (Character.digit(c, 16) >= 0) {
                hex.append((char) c);
            } else if (!Character.isWhitespace(c)) {
                throw error(start, "bad hex digit in blob: " + (char) c);
            }
        }
        if (hex.length() % 2 != 0) {
            throw error(start, "odd number of hex digits in blob");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new Blob(bytes);
    }

    private Object srfi4vector(Srfi4Vector.Kind kind, Object items, Position start) {
        List<Object> values = Lists.toJava(items);
        Srfi4Vector v = new Srfi4Vector(kind, values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                v.set(i, values.get(i));
            } catch (SchemeError e) {
                throw error(start, "bad element in #" + kind.tag() + "(): " + Printer.write(values.get(i)));
            }
        }
        return v;
    }

    private Object special(String word, Position start) {
        return switch (word) {
            case "eof" -> Special.EOF;
            case "optional" -> Special.OPTIONAL;
            case "rest" -> Special.REST;
            case "key" -> Special.KEY;
            case "default" -> Special.DEFAULT;
            default -> throw error(start, "unknown syntax: #!" + word);
        };
    }

    private Object atom(String token) {
        if (token.equals(".")) {
            return DOT;
        }
        Number n = NumberSyntax.parse(token, 10);
        if (n != null) {
            return n;
        }
        if (token.length() > 1 && token.endsWith(":")) {
            return Keyword.of(token.substring(0, token.length() - 1));
        }
        return Symbol.of(token);
    }

    private String string(Position start) {
        StringBuilder s = new StringBuilder();
        while (true) {
            int c = next();
            if (c == -1) {
                throw error(start, "unterminated string");
            } else if (c == '"') {
                return s.toString();
            } else if (c == '\\') {
                escape(s, start);
            } else {
                s.append((char) c);
            }
        }
    }

    private void escape(StringBuilder s, Position start) {
        int c = next();
        switch (c) {
            case 'n' -> s.append('\n');
            case 't' -> s.append('\t');
            case 'r' -> s.append('\r');
            case 'a' -> s.append((char) 7);
            case 'b' -> s.append('\b');
            case 'v' -> s.append((char) 11);
            case 'f' -> s.append('\f');
            case '0' -> s.append('\0');
            case 'x', 'u' -> hexEscape(s, c == 'x' ? 2 : 4, start);
            case '\n' -> {
                while (peek() == ' ' || peek() == '\t') {
                    next();
                }
            }
            case -1 -> throw error(start, "unterminated string");
            default -> s.append((char) c);
        }
    }

    /**
     * {@code \x41} (two digits, CHICKEN) or {@code \x41;} (any number of digits, R7RS). A code
     * above 0xFF is stored as its UTF-8 bytes, as strings are bytes.
     */
    private void hexEscape(StringBuilder s, int fixedDigits, Position start) {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 6 && Character.digit(peek(), 16) >= 0) {
            digits.append((char) next());
        }
        String used = digits.toString();
        if (peek() == ';') {
            next();
        } else if (used.length() > fixedDigits) {
            used = digits.substring(0, fixedDigits);
        }
        int code = used.isEmpty() ? -1 : Integer.parseInt(used, 16);
        if (code < 0 || code > Character.MAX_CODE_POINT) {
            throw error(start, "bad \\x escape in string");
        }
        s.append(code <= 0xFF ? String.valueOf((char) code) : ByteText.encode(Character.toString(code)));
        s.append(digits, used.length(), digits.length());
    }

    private String barSymbol(Position start) {
        StringBuilder s = new StringBuilder();
        for (int c = next(); c != '|'; c = next()) {
            if (c == -1) {
                throw error(start, "missing '|' after symbol");
            }
            if (c == '\\') {
                escape(s, start); // |a\x01| and |a\|b| as CHICKEN writes them
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    /** The rest of a token: everything up to a delimiter. */
    private String token() {
        StringBuilder s = new StringBuilder();
        for (int c = peek(); c != -1 && !isDelimiter(c); c = peek()) {
            s.append((char) next());
        }
        return s.toString();
    }

    private static boolean isDelimiter(int c) {
        return Character.isWhitespace(c) || "()[]\";".indexOf(c) >= 0;
    }

    private void skipLine() {
        for (int c = peek(); c != -1 && c != '\n'; c = peek()) {
            next();
        }
    }

    private void skipBlockComment(Position start) {
        int nesting = 1;
        int previous = 0;
        while (nesting > 0) {
            int c = next();
            if (c == -1) {
                throw error(start, "unterminated block comment");
            } else if (previous == '|' && c == '#') {
                nesting--;
                c = 0;
            } else if (previous == '#' && c == '|') {
                nesting++;
                c = 0;
            }
            previous = c;
        }
    }

    private void skipDatum(Position start) {
        depth++;
        Object x = item();
        depth--;
        if (x == END || x == DOT || x instanceof Close) {
            throw error(start, "missing datum after #;");
        }
    }

    private Position here() {
        return new Position(line, column);
    }

    private int peek() {
        try {
            return in.peek();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int next() {
        int c;
        try {
            c = in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c != -1) {
            column++;
        }
        if (c != -1) {
            recording.append((char) c);
        }
        return c;
    }

    private static SchemeError error(Position where, String message) {
        return Errors.syntax(message, null, where);
    }
}
