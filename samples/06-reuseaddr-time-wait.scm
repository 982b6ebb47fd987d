;;; SO_REUSEADDR and TIME_WAIT on rebind.
;;;
;;; Teaches: the side that closes a TCP connection first keeps its end in TIME_WAIT for a while.
;;; Binding a new listener to that same address and port then fails with EADDRINUSE — unless the
;;; new socket sets so/reuseaddr before bind.
;;; Watch: the first rebind fails, the second (with so-reuse-address?) succeeds.

(define (listen-on addr reuse)
  (let ((s (socket af/inet sock/stream)))
    (set! (so-reuse-address? s) reuse)
    (socket-bind s addr)
    (socket-listen s 1)
    s))

(define first (listen-on (inet-address "127.0.0.1" 0) #t))
(define addr (socket-name first))
(define client (socket af/inet sock/stream))
(socket-connect client addr)
(define conn (socket-accept first))
;; The server closes first, so the server's end of the connection goes to TIME_WAIT.
(socket-close conn)
(socket-receive client 10)
(socket-close client)
(socket-close first)
(print "closed the server side first; " addr " has a connection in TIME_WAIT")

(condition-case
    (begin (socket-close (listen-on addr #f))
           (print "rebind without so/reuseaddr: succeeded (this kernel keeps no TIME_WAIT here)"))
  (e (exn i/o net)
     (print "rebind without so/reuseaddr: " (get-condition-property e 'net 'errno-symbol))))

(define again (listen-on addr #t))
(print "rebind with so/reuseaddr: listening again on " (socket-name again))
(socket-close again)
