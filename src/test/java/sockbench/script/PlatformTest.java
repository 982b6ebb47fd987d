package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * (chicken platform)'s features and names, and cond-expand reading the same features, from the
 * manual (Module (chicken platform)) and library.scm/expand.scm of CHICKEN 5.3.
 */
class PlatformTest {
    private final TestConsole console = new TestConsole();

    private String w(String source) {
        return console.write(source);
    }

    @Test
    void features_are_keywords_that_feature_and_cond_expand_accept() {
        // library.scm: chicken, chicken-5 and chicken-5.3; expand.scm: srfi-0, srfi-2
        assertThat(w("(feature? 'chicken 'chicken-5 'chicken-5.3 'srfi-0 'srfi-2)")).isEqualTo("#t");
        assertThat(w("(feature? #:chicken \"srfi-4\")")).isEqualTo("#t"); // keyword, string or symbol
        assertThat(w("(feature? 'gauche)")).isEqualTo("#f");
        assertThat(w("(and (memq #:chicken (features)) #t)")).isEqualTo("#t");
        assertThat(w("(cond-expand ((and chicken (not gauche)) 'yes) (else 'no))")).isEqualTo("yes");
        assertThat(w("(cond-expand ((or gauche chicken) 'or) (else 'no))")).isEqualTo("or");
        assertThat(w("(cond-expand ((and) 'empty) (else 'no))")).isEqualTo("empty");
        // CHICKEN 5 core has no r7rs feature (the r7rs egg adds it)
        assertThat(w("(cond-expand (r7rs 'r7rs) (else 'chicken))")).isEqualTo("chicken");
    }

    @Test
    void register_and_unregister_change_what_cond_expand_sees() {
        assertThat(w("(register-feature! 'my-lib \"other-lib\") (list (feature? 'my-lib) (feature? #:other-lib))"))
                .isEqualTo("(#t #t)");
        assertThat(w("(cond-expand (my-lib 'registered) (else 'not))")).isEqualTo("registered");
        assertThat(w("(unregister-feature! #:my-lib) (feature? 'my-lib)")).isEqualTo("#f");
        assertThat(w("(cond-expand (my-lib 'registered) (else 'not))")).isEqualTo("not");
        assertThat(new TestConsole().write("(feature? 'other-lib)")).as("each interpreter has its own list").isEqualTo("#f");
        assertThat(console.raised("(feature? 5)"))
                .isEqualTo("((exn message \"bad argument type - not a valid feature identifer\" arguments (5)) (type))");
    }

    @Test
    void cond_expand_errors_as_expand_scm_raises_them() {
        assertThat(console.raised("(eval '(cond-expand (gauche 1) (kawa 2)))"))
                .isEqualTo("((exn message \"no matching clause in `cond-expand' form\" arguments (gauche kawa) location eval))");
        // 5.3 has no (library ...) requirement: a syntax error naming the part and the form
        assertThat(console.raised("(eval '(cond-expand ((library (scheme base)) 1)))"))
                .isEqualTo("((exn message \"syntax error in `cond-expand' form\" arguments ((library (scheme base)) "
                        + "(cond-expand ((library (scheme base)) 1))) location eval))");
    }

    @Test
    void version_and_machine_names() {
        assertThat(w("(chicken-version)")).isEqualTo("\"5.3.0\"");
        assertThat(w("(substring (chicken-version #t) 0 13)")).isEqualTo("\"Version 5.3.0\"");
        assertThat(w("(memq (machine-byte-order) '(little-endian big-endian))")).isNotEqualTo("#f");
        assertThat(w("(software-type)")).isEqualTo(System.getProperty("os.name").startsWith("Windows") ? "windows" : "unix");
        assertThat(w("(feature? (software-type) (machine-byte-order))")).isEqualTo("#t");
    }

    @Test
    void xdg_directories_follow_the_environment() {
        assertThat(w("(set-environment-variable! \"XDG_CONFIG_HOME\" \"/x/cfg\") (system-config-directory)")).isEqualTo("\"/x/cfg\"");
        assertThat(w("(unset-environment-variable! \"XDG_CACHE_HOME\") (set-environment-variable! \"HOME\" \"/home/u\")"
                + " (system-cache-directory)")).isEqualTo("\"/home/u/.cache\"");
    }
}
