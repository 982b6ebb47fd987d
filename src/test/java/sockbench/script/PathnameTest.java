package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * (chicken pathname), from CHICKEN 5.3's manual (Module (chicken pathname)), pathname.scm and the
 * unix cases of its tests/path-tests.scm. In the Java strings a Scheme "\\" is written "\\\\".
 */
class PathnameTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    /** decompose-pathname's three values as a list. */
    private String parts(String pathname) {
        return w("(receive (d f e) (decompose-pathname \"" + pathname + "\") (list d f e))");
    }

    private String directoryParts(String directory) {
        return w("(receive (o r ls) (decompose-directory \"" + directory + "\") (list o r ls))");
    }

    @Test
    void pathname_directory_is_the_directory_without_its_trailing_separator() {
        assertThat(w("(pathname-directory \"/\")")).isEqualTo("\"/\"");
        assertThat(w("(pathname-directory \"/abc\")")).isEqualTo("\"/\"");
        assertThat(w("(pathname-directory \"abc/\")")).isEqualTo("\"abc\"");
        assertThat(w("(pathname-directory \"abc/def.ghi\")")).isEqualTo("\"abc\"");
        assertThat(w("(pathname-directory \"abc/.ghi\")")).isEqualTo("\"abc\"");
        assertThat(w("(pathname-directory \"/abc/\")")).isEqualTo("\"/abc\"");
        assertThat(w("(pathname-directory \"/abc/.def.ghi\")")).isEqualTo("\"/abc\"");
        assertThat(w("(pathname-directory \"q/abc/def\")")).isEqualTo("\"q/abc\"");
        assertThat(w("(pathname-directory \"abc\")")).isEqualTo("#f");
    }

    @Test
    void decompose_pathname_gives_directory_file_and_extension_or_false() {
        assertThat(parts("")).isEqualTo("(#f #f #f)");
        assertThat(parts("/")).isEqualTo("(\"/\" #f #f)");
        assertThat(parts("///")).isEqualTo("(\"/\" #f #f)");
        assertThat(parts("/a")).isEqualTo("(\"/\" \"a\" #f)");
        assertThat(parts("///a")).isEqualTo("(\"/\" \"a\" #f)");
        assertThat(parts("/a/b.c")).isEqualTo("(\"/a\" \"b\" \"c\")");
        assertThat(parts("./a.b")).isEqualTo("(\".\" \"a\" \"b\")");
        assertThat(parts("./a/b")).isEqualTo("(\"./a\" \"b\" #f)");
        assertThat(parts("a")).isEqualTo("(#f \"a\" #f)");
        assertThat(parts("a.")).isEqualTo("(#f \"a.\" #f)");
        assertThat(parts(".a")).isEqualTo("(#f \".a\" #f)");
        assertThat(parts("a///b")).isEqualTo("(\"a\" \"b\" #f)");
        assertThat(parts("a/b/c///")).isEqualTo("(\"a/b/c\" #f #f)");
        assertThat(parts("a.b")).isEqualTo("(#f \"a\" \"b\")");
        assertThat(parts("a.b/")).isEqualTo("(\"a.b\" #f #f)");
        assertThat(parts("a.b.c")).isEqualTo("(#f \"a.b\" \"c\")");
        assertThat(parts("a...b")).isEqualTo("(#f \"a..\" \"b\")");
        assertThat(parts("a./.b")).isEqualTo("(\"a.\" \".b\" #f)");
    }

    @Test
    void a_backslash_is_no_separator_on_unix() {
        assertThat(parts("\\\\")).isEqualTo("(#f \"\\\\\" #f)");
        assertThat(parts("\\\\a\\\\b.c")).isEqualTo("(#f \"\\\\a\\\\b\" \"c\")");
        assertThat(parts("a.b\\\\")).isEqualTo("(#f \"a\" \"b\\\\\")");
        assertThat(parts("a.\\\\.b")).isEqualTo("(#f \"a.\\\\\" \"b\")");
    }

    @Test
    void a_newline_before_the_last_separator_keeps_the_directory_pattern_from_matching() {
        // "(.*/)?" in irregex: "." matches no newline, so neither pattern matches and all is the directory
        assertThat(parts("a\\nb/c")).isEqualTo("(\"a\\nb/c\" #f #f)");
        assertThat(parts("a/b\\nc.d")).isEqualTo("(\"a\" \"b\\nc\" \"d\")");
    }

    @Test
    void the_accessors_and_their_argument_check() {
        assertThat(w("(list (pathname-file \"a/b.c.d\") (pathname-extension \"a/b.c.d\") (pathname-extension \"a/b\"))"))
                .isEqualTo("(\"b.c\" \"d\" #f)");
        assertThat(console.raised("(pathname-file 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location decompose-pathname) (type))");
    }

    @Test
    void make_pathname_joins_directories_file_and_extension() {
        assertThat(w("(make-pathname \"x/y\" \"z\" \"q\")")).isEqualTo("\"x/y/z.q\"");
        assertThat(w("(make-pathname \"x/y\" \"z.q\")")).isEqualTo("\"x/y/z.q\"");
        assertThat(w("(make-pathname \"x/y/\" \"z.q\")")).isEqualTo("\"x/y/z.q\"");
        assertThat(w("(make-pathname \"x/y\\\\\" \"z.q\")")).isEqualTo("\"x/y\\\\/z.q\"");
        assertThat(w("(make-pathname \"x//y/\" \"z.q\")")).isEqualTo("\"x//y/z.q\"");
        assertThat(w("(make-pathname \"x\\\\y\" \"z.q\")")).isEqualTo("\"x\\\\y/z.q\"");
        assertThat(w("(make-pathname #f \"/x/y/z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname \"/\" \"x/y/z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname \"/x\" \"/y/z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname '(\"/\") \"x/y/z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname '(\"/\" \"x\") \"y/z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname '(\"/x\" \"y\") \"z\")")).isEqualTo("\"/x/y/z\"");
        assertThat(w("(make-pathname '(\"/x\" \"y\" \"z\") #f)")).isEqualTo("\"/x/y/z/\"");
    }

    @Test
    void make_pathname_skips_empty_directories_and_adds_a_dot_only_when_the_extension_lacks_one() {
        assertThat(w("(make-pathname '(\"a\" \"\" \"b/\") \"c\")")).isEqualTo("\"a/b/c\"");
        assertThat(w("(make-pathname \"\" \"x\")")).isEqualTo("\"x\"");
        assertThat(w("(make-pathname '() \"x\" \"y\")")).isEqualTo("\"x.y\"");
        assertThat(w("(make-pathname \"a\" \"b\" \".c\")")).isEqualTo("\"a/b.c\"");
        assertThat(w("(make-pathname #f \"x\" \"\")")).isEqualTo("\"x\"");
        assertThat(w("(make-pathname \"a\" #f \"b\")")).isEqualTo("\"a/.b\"");
        assertThat(w("(make-pathname \"a\" #f)")).isEqualTo("\"a/\"");
    }

    @Test
    void make_pathname_checks_its_arguments_where_pathname_scm_does() {
        // a list element is checked by string-length, a directory that is no list by make-pathname's check-list
        assertThat(console.raised("(make-pathname '(#f) \"foo\")"))
                .isEqualTo("((exn message \"bad argument type\" arguments (#f) location string-length) (type))");
        assertThat(console.raised("(make-pathname 'x \"foo\")"))
                .isEqualTo("((exn message \"bad argument type - not a list\" arguments (x) location make-pathname) (type))");
        assertThat(console.raised("(make-absolute-pathname 'x \"foo\")"))
                .isEqualTo("((exn message \"bad argument type - not a list\" arguments (x) location make-pathname) (type))");
        assertThat(console.raised("(make-pathname \"a\" 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location make-pathname) (type))");
        assertThat(console.raised("(make-absolute-pathname \"a\" \"b\" 'c)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (c) location make-absolute-pathname) (type))");
    }

    @Test
    void make_absolute_pathname_puts_a_separator_first_unless_there_is_one() {
        assertThat(w("(make-absolute-pathname \"a\" \"b\" \"c\")")).isEqualTo("\"/a/b.c\"");
        assertThat(w("(make-absolute-pathname \"/a\" \"x\")")).isEqualTo("\"/a/x\"");
        assertThat(w("(make-absolute-pathname '(\"usr\" \"lib\") \"x\")")).isEqualTo("\"/usr/lib/x\"");
        assertThat(w("(make-absolute-pathname #f \"x\")")).isEqualTo("\"/x\"");
    }

    @Test
    void absolute_pathname_is_one_starting_with_a_separator() {
        assertThat(w("(list (absolute-pathname? \"/x\") (absolute-pathname? \"x/y\") (absolute-pathname? \"\")"
                + " (absolute-pathname? \"\\\\x\"))")).isEqualTo("(#t #f #f #f)");
        // irregex-match of "(/).*", whose "." matches no newline
        assertThat(w("(absolute-pathname? \"/a\\nb\")")).isEqualTo("#f");
        assertThat(console.raised("(absolute-pathname? 'x)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (x) location absolute-pathname?) (type))");
    }

    @Test
    void strip_and_replace_rebuild_with_make_pathname() {
        assertThat(w("(list (pathname-strip-directory \"/a/b.c\") (pathname-strip-directory \"/a/\") (pathname-strip-directory \"b\"))"))
                .isEqualTo("(\"b.c\" \"\" \"b\")");
        assertThat(w("(list (pathname-strip-extension \"/a/b.c\") (pathname-strip-extension \"b.c\") (pathname-strip-extension \"/a/.b\")"
                + " (pathname-strip-extension \"/b.c\") (pathname-strip-extension \"a.b/\"))"))
                .isEqualTo("(\"/a/b\" \"b\" \"/a/.b\" \"/b\" \"a.b/\")");
        assertThat(w("(list (pathname-replace-directory \"/a/b.c\" \"x/y\") (pathname-replace-directory \"/a/b.c\" #f)"
                + " (pathname-replace-directory \"b\" '(\"p\" \"q\")))"))
                .isEqualTo("(\"x/y/b.c\" \"b.c\" \"p/q/b\")");
        assertThat(w("(list (pathname-replace-file \"/a/b.c\" \"d\") (pathname-replace-file \"c\" \"d\"))"))
                .isEqualTo("(\"/a/d.c\" \"d\")");
        assertThat(w("(list (pathname-replace-extension \"/a/b.c\" \"scm\") (pathname-replace-extension \"/a/b.c\" #f)"
                + " (pathname-replace-extension \"b\" \".o\"))"))
                .isEqualTo("(\"/a/b.scm\" \"/a/b\" \"b.o\")");
        assertThat(console.raised("(pathname-replace-extension \"a.b\" 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location make-pathname) (type))");
    }

    @Test
    void normalize_pathname_for_unix() {
        assertThat(w("(normalize-pathname \"\" 'unix)")).isEqualTo("\".\"");
        assertThat(w("(normalize-pathname \"/\" 'unix)")).isEqualTo("\"/\"");
        assertThat(w("(normalize-pathname \"/./.\" 'unix)")).isEqualTo("\"/\"");
        assertThat(w("(normalize-pathname \"./\" 'unix)")).isEqualTo("\".\"");
        assertThat(w("(normalize-pathname \".///a\")")).isEqualTo("\"a\"");
        assertThat(w("(normalize-pathname \"a/\" 'unix)")).isEqualTo("\"a/\"");
        assertThat(w("(normalize-pathname \"a\\\\b\" 'unix)")).isEqualTo("\"a\\\\b\"");
        assertThat(w("(normalize-pathname \"a/b//\" 'unix)")).isEqualTo("\"a/b/\"");
        assertThat(w("(normalize-pathname \"///a//b\" 'unix)")).isEqualTo("\"/a/b\"");
        assertThat(w("(normalize-pathname \"c:/a/./b\" 'unix)")).isEqualTo("\"c:/a/b\"");
        assertThat(w("(normalize-pathname \"a/b/c/d/../..\" 'unix)")).isEqualTo("\"a/b\"");
        assertThat(w("(normalize-pathname \"a/b/c/d/../../\" 'unix)")).isEqualTo("\"a/b/\"");
        assertThat(w("(normalize-pathname \"../../foo\" 'unix)")).isEqualTo("\"../../foo\"");
        assertThat(w("(normalize-pathname \"~/foo\")")).isEqualTo("\"~/foo\"");
        assertThat(w("(list (normalize-pathname \"/a/..\") (normalize-pathname \"a/../\") (normalize-pathname \"/../x\"))"))
                .isEqualTo("(\"/\" \".\" \"/../x\")");
        assertThat(console.raised("(normalize-pathname 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location normalize-pathname) (type))");
    }

    @Test
    void normalize_pathname_for_windows_on_request() {
        assertThat(w("(normalize-pathname \"\" 'windows)")).isEqualTo("\".\"");
        assertThat(w("(normalize-pathname \"/../\" 'windows)")).isEqualTo("\"\\\\..\\\\\"");
        assertThat(w("(normalize-pathname \"/abc/../.\" 'windows)")).isEqualTo("\"\\\\\"");
        assertThat(w("(normalize-pathname \"a/b\" 'windows)")).isEqualTo("\"a\\\\b\"");
        assertThat(w("(normalize-pathname \"c:a/./b\" 'windows)")).isEqualTo("\"c:a\\\\b\"");
        assertThat(w("(normalize-pathname \"c:a/../b\" 'windows)")).isEqualTo("\"c:b\"");
        assertThat(w("(normalize-pathname \"c:\\\\a\\\\..\\\\b\" 'windows)")).isEqualTo("\"c:\\\\b\"");
        assertThat(w("(normalize-pathname \"c:\\\\.\\\\.\" 'windows)")).isEqualTo("\"c:\\\\\"");
        assertThat(w("(normalize-pathname \"c:~/foo\" 'unix)")).isEqualTo("\"c:~/foo\"");
    }

    @Test
    void directory_null_is_nothing_but_separators_and_dots() {
        assertThat(w("(list (directory-null? \"/.//\") (directory-null? \"\") (directory-null? \"//foo//\") (directory-null? \"./.\"))"))
                .isEqualTo("(#t #t #f #t)");
        assertThat(w("(list (directory-null? '()) (directory-null? '(\"\" \".\")) (directory-null? '(\".\" \"x\")))"))
                .isEqualTo("(#t #t #f)");
        assertThat(console.raised("(directory-null? 5)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (5) location directory-null?) (type))");
    }

    @Test
    void decompose_directory_gives_origin_root_and_elements() {
        assertThat(directoryParts("/.//")).isEqualTo("(#f \"/\" (\".\"))");
        assertThat(directoryParts("///\\\\///")).isEqualTo("(#f \"/\" (\"\\\\\"))");
        assertThat(directoryParts("//foo//")).isEqualTo("(#f \"/\" (\"foo\"))");
        assertThat(directoryParts("//foo//bar")).isEqualTo("(#f \"/\" (\"foo\" \"bar\"))");
        assertThat(directoryParts(".//")).isEqualTo("(#f #f (\".\"))");
        assertThat(directoryParts(".//foo//")).isEqualTo("(#f #f (\".\" \"foo\"))");
        assertThat(directoryParts(" //foo//bar")).isEqualTo("(#f #f (\" \" \"foo\" \"bar\"))");
        assertThat(directoryParts("foo//bar/")).isEqualTo("(#f #f (\"foo\" \"bar\"))");
        assertThat(directoryParts("")).isEqualTo("(#f #f #f)");
        assertThat(directoryParts("/")).isEqualTo("(#f \"/\" #f)");
        assertThat(console.raised("(decompose-directory 'x)"))
                .isEqualTo("((exn message \"bad argument type - not a string\" arguments (x) location decompose-directory) (type))");
    }
}
