;;; SO_LINGER {on, 0}: close becomes a reset.
;;;
;;; Teaches: normally close() sends FIN — the peer reads the rest and then an orderly end of stream.
;;; With linger on and a zero timeout, close() drops unsent data and sends RST instead.
;;; Watch: the first peer sees the end of stream ("" from socket-receive); the second gets ECONNRESET.

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 2)

(define (connected-pair)
  (let ((client (socket af/inet sock/stream)))
    (socket-connect client (socket-name listener))
    (cons client (socket-accept listener))))

;; 1. The default close.
(define p (connected-pair))
(print "default linger: " (so-linger (car p)))
(socket-close (car p))
(print "peer after a default close, end of stream: " (string=? "" (socket-receive (cdr p) 100)))
(socket-close (cdr p))

;; 2. Linger on, zero seconds.
(define q (connected-pair))
(set! (so-linger (car q)) '(#t 0))
(print "linger now: " (so-linger (car q)))
(socket-close (car q))
(condition-case
    (print "peer read: " (socket-receive (cdr q) 100))
  (e (exn i/o net)
     (print "peer after a lingering close: " (get-condition-property e 'net 'errno-symbol) " — "
            (get-condition-property e 'exn 'message))))
(socket-close (cdr q))
(socket-close listener)
