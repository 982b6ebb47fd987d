;;; Datagrams vs a stream, on the wire.
;;;
;;; Teaches: each send-to on a datagram socket is one UDP datagram, delivered (or lost) whole, and each
;;; receive gets exactly one. TCP has no messages: three sends are bytes in one stream, which the
;;; kernel may put in fewer segments (Nagle), and one receive may return them all at once.
;;; Watch: three UDP datagrams of 3, 5 and 4 bytes; the TCP ladder's segments and what one receive got.

(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

;; Datagrams.
(define a (socket af/inet sock/dgram))
(define b (socket af/inet sock/dgram))
(socket-bind b (inet-address "127.0.0.1" 0))
(for-each (lambda (m) (socket-send-to a m (socket-name b))) '("one" "three" "four"))
(print "udp receives: " (socket-receive b 100) ", " (socket-receive b 100) ", " (socket-receive b 100))
(define udp-port (sockaddr-port (socket-name b)))
(socket-close a)
(socket-close b)

;; A stream.
(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))
(define server (socket-accept listener))
(define tcp-port (sockaddr-port (socket-name client)))
(for-each (lambda (m) (socket-send client m)) '("one" "three" "four"))
(socket-close client)
(define (read-all s acc)
  (let ((got (socket-receive s 100)))
    (if (string=? got "") (reverse acc) (read-all s (cons got acc)))))
(print "tcp receives: " (read-all server '()))
(socket-close server)
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (print "UDP:")
  (for-each print (wire-ladder wire udp-port))
  (print "TCP:")
  (for-each print (wire-ladder wire tcp-port)))
