package sockbench.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts of the kinds students write, run end to end against python3 peers on loopback: an echo
 * server in a thread, an HTTP GET with a header parser, a line-protocol RPC client, a word count.
 * The expected output is what CHICKEN 5 prints for these scripts by its documented behaviour
 * (print, format, the SRFI-69/13 results), written out here by hand.
 */
class ScriptPeersTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void an_echo_server_in_a_thread_started_from_a_thunk() throws Exception {
        String script = """
                (import (chicken format) srfi-18)
                (define listener (socket af/inet sock/stream))
                (socket-bind listener (inet-address "127.0.0.1" 0))
                (socket-listen listener 5)
                (print "port " (sockaddr-port (socket-name listener)))
                (define server
                  (thread-start!
                    (lambda ()
                      (let ((conn (socket-accept listener)))
                        (receive (in out) (socket-i/o-ports conn)
                          (let loop ((n 0))
                            (let ((line (read-line in)))
                              (if (eof-object? line)
                                  (begin (close-input-port in) (close-output-port out) n)
                                  (begin (write-line (string-upcase line) out)
                                         (flush-output out)
                                         (loop (+ n 1)))))))))))
                (printf "served ~a lines~%" (thread-join! server))
                (socket-close listener)
                """;
        try (RunningScript console = new RunningScript(script)) {
            String port = console.nextLine(WAIT).substring("port ".length());
            try (PythonPeer client = new PythonPeer("""
                    import socket, sys
                    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
                    s.sendall(b"hello\\nsocket world\\n")
                    s.shutdown(socket.SHUT_WR)
                    data = b""
                    while True:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                    sys.stdout.write(data.decode())
                    """, port)) {
                assertThat(client.waitFor(WAIT)).isZero();
                assertThat(client.output()).isEqualTo("HELLO\nSOCKET WORLD\n");
            }
            assertThat(console.waitFor(WAIT)).as(console.errors()).isZero();
            assertThat(console.output()).isEqualTo("port " + port + "\nserved 2 lines\n");
        }
    }

    @Test
    void an_http_get_against_python_http_server_with_a_header_parser(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hello.txt"), "hello, web\n");
        try (PythonPeer server = new PythonPeer("""
                import http.server, os, sys
                os.chdir(sys.argv[1])
                class Quiet(http.server.SimpleHTTPRequestHandler):
                    def log_message(self, *args):
                        pass
                srv = http.server.HTTPServer(("127.0.0.1", 0), Quiet)
                print(srv.server_address[1])
                srv.handle_request()
                """, dir.toString())) {
            String port = server.nextLine(WAIT);
            String script = """
                    (import (chicken string) (chicken format) srfi-13 srfi-69)
                    (define s (socket af/inet sock/stream))
                    (socket-connect s (inet-address "127.0.0.1" PORT))
                    (define-values (in out) (socket-i/o-ports s))
                    (display "GET /hello.txt HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n\\r\\n" out)
                    (flush-output out)
                    (define status (string-split (read-line in)))
                    (define headers (make-hash-table string-ci=?))
                    (let loop ()
                      (let ((line (read-line in)))
                        (unless (string-null? line)
                          (let ((colon (substring-index ":" line)))
                            (hash-table-set! headers (substring line 0 colon)
                                             (string-trim-both (substring line (+ colon 1))))
                            (loop)))))
                    (define length (string->number (hash-table-ref headers "Content-Length")))
                    (printf "~a ~a~%" (cadr status) (caddr status))
                    (printf "~a, ~a bytes~%" (hash-table-ref headers "content-type") length)
                    (printf "~s~%" (read-string length in))
                    (print (hash-table-exists? headers "server") " " (hash-table-ref/default headers "X-None" 'none))
                    (close-input-port in)
                    (close-output-port out)
                    """.replace("PORT", port);
            try (RunningScript console = new RunningScript(script)) {
                assertThat(console.waitFor(WAIT)).as(console.errors()).isZero();
                assertThat(console.output()).isEqualTo("200 OK\ntext/plain, 11 bytes\n\"hello, web\\n\"\n#t none\n");
            }
            assertThat(server.waitFor(WAIT)).isZero();
        }
    }

    @Test
    void a_line_protocol_rpc_client_with_records_and_conditions() throws Exception {
        try (PythonPeer server = new PythonPeer("""
                import socket
                srv = socket.socket()
                srv.bind(("127.0.0.1", 0))
                srv.listen(1)
                print(srv.getsockname()[1])
                conn, _ = srv.accept()
                f = conn.makefile("rw", newline="\\n")
                for line in f:
                    words = line.split()
                    if words[0] == "ADD":
                        f.write("OK %d\\n" % sum(int(w) for w in words[1:]))
                    elif words[0] == "UPPER":
                        f.write("OK %s\\n" % " ".join(words[1:]).upper())
                    elif words[0] == "QUIT":
                        f.write("BYE\\n")
                        f.flush()
                        break
                    else:
                        f.write("ERR unknown command %s\\n" % words[0])
                    f.flush()
                conn.close()
                """)) {
            String port = server.nextLine(WAIT);
            String script = """
                    (import (chicken string) (chicken format) (chicken condition))
                    (define-record-type connection (make-connection in out) connection?
                      (in connection-in) (out connection-out))
                    (define (connect port)
                      (let ((s (socket af/inet sock/stream)))
                        (socket-connect s (inet-address "127.0.0.1" port))
                        (receive (in out) (socket-i/o-ports s) (make-connection in out))))
                    (define (call conn . words)
                      (fprintf (connection-out conn) "~a~%" (string-intersperse (map ->string words)))
                      (flush-output (connection-out conn))
                      (let ((reply (string-split (read-line (connection-in conn)))))
                        (cond ((equal? (car reply) "OK") (string-intersperse (cdr reply)))
                              ((equal? (car reply) "BYE") 'bye)
                              (else (signal (make-property-condition 'rpc 'reply (string-intersperse (cdr reply))))))))
                    (define c (connect PORT))
                    (print c)
                    (printf "sum: ~a~%" (string->number (call c 'ADD 1 2 39)))
                    (printf "upper: ~s~%" (call c 'UPPER "line" 'protocol))
                    (printf "oops: ~a~%"
                      (condition-case (call c 'FROB)
                        (e (rpc) ((condition-property-accessor 'rpc 'reply) e))))
                    (printf "handled: ~a~%"
                      (with-exception-handler (lambda (e) 'recovered) (lambda () (call c 'NOPE))))
                    (print (call c 'QUIT))
                    """.replace("PORT", port);
            try (RunningScript console = new RunningScript(script)) {
                assertThat(console.waitFor(WAIT)).as(console.errors()).isZero();
                assertThat(console.output()).isEqualTo("""
                        #<connection>
                        sum: 42
                        upper: "LINE PROTOCOL"
                        oops: unknown command FROB
                        handled: recovered
                        bye
                        """);
            }
            assertThat(server.waitFor(WAIT)).isZero();
        }
    }

    @Test
    void a_word_count_of_what_a_peer_sends() throws Exception {
        try (PythonPeer server = new PythonPeer("""
                import socket
                srv = socket.socket()
                srv.bind(("127.0.0.1", 0))
                srv.listen(1)
                print(srv.getsockname()[1])
                conn, _ = srv.accept()
                conn.sendall(b"The cat and the hat.\\nThe end,\\nthe END\\n")
                conn.close()
                """)) {
            String port = server.nextLine(WAIT);
            String script = """
                    (import srfi-1 srfi-13 srfi-69 (chicken sort) (chicken format))
                    (define s (socket af/inet sock/stream))
                    (socket-connect s (inet-address "127.0.0.1" PORT))
                    (define text
                      (let loop ((chunks '()))
                        (let ((chunk (socket-receive s 7)))
                          (if (string=? chunk "")
                              (apply string-append (reverse chunks))
                              (loop (cons chunk chunks))))))
                    (socket-close s)
                    (define counts (make-hash-table))
                    (define (add-one n) (+ n 1))
                    (for-each (lambda (word) (hash-table-update!/default counts word add-one 0))
                              (map string-downcase (string-tokenize text char-set:letter)))
                    (define ranked
                      (sort (hash-table->alist counts)
                            (lambda (a b) (or (> (cdr a) (cdr b))
                                              (and (= (cdr a) (cdr b)) (string<? (car a) (car b)))))))
                    (for-each (lambda (entry) (printf "~a ~a~%" (cdr entry) (car entry))) (take ranked 3))
                    (printf "~a words, ~a distinct, ~a lines~%"
                            (fold + 0 (hash-table-values counts)) (hash-table-size counts)
                            (length (string-split text "\\n")))
                    """.replace("PORT", port);
            try (RunningScript console = new RunningScript(script)) {
                assertThat(console.waitFor(WAIT)).as(console.errors()).isZero();
                assertThat(console.output()).isEqualTo("4 the\n2 end\n1 and\n9 words, 5 distinct, 3 lines\n");
            }
        }
    }

    @Test
    void a_binary_frame_read_and_answered_with_u8vectors_and_blobs() throws Exception {
        try (PythonPeer server = new PythonPeer("""
                import socket, struct
                srv = socket.socket()
                srv.bind(("127.0.0.1", 0))
                srv.listen(1)
                print(srv.getsockname()[1])
                conn, _ = srv.accept()
                payload = bytes([1, 2, 3, 250])
                conn.sendall(struct.pack("!H", len(payload)) + payload)
                reply = b""
                while len(reply) < 4:
                    reply += conn.recv(4 - len(reply))
                print(struct.unpack("!I", reply)[0])
                conn.close()
                """)) {
            String port = server.nextLine(WAIT);
            String script = """
                    (import (chicken blob) srfi-4 srfi-1)
                    (define s (socket af/inet sock/stream))
                    (socket-connect s (inet-address "127.0.0.1" PORT))
                    (define (receive-exactly n)
                      (let loop ((have ""))
                        (if (= (string-length have) n)
                            (blob->u8vector (string->blob have))
                            (loop (string-append have (socket-receive s (- n (string-length have))))))))
                    (define header (receive-exactly 2))
                    (define size (+ (* 256 (u8vector-ref header 0)) (u8vector-ref header 1)))
                    (define body (receive-exactly size))
                    (print header " " size " " body)
                    (define sum (fold + 0 (u8vector->list body)))
                    (define reply (make-u8vector 4 0))
                    (u8vector-set! reply 2 (quotient sum 256))
                    (u8vector-set! reply 3 (remainder sum 256))
                    (socket-send-all s (u8vector->blob reply))
                    (print (u8vector->blob reply))
                    (socket-close s)
                    """.replace("PORT", port);
            try (RunningScript console = new RunningScript(script)) {
                assertThat(console.waitFor(WAIT)).as(console.errors()).isZero();
                assertThat(console.output()).isEqualTo("#u8(0 4) 4 #u8(1 2 3 250)\n#${00000100}\n");
            }
            assertThat(server.nextLine(WAIT)).isEqualTo("256");
            assertThat(server.waitFor(WAIT)).isZero();
        }
    }
}
