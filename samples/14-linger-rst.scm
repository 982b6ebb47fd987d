;;; so/linger (#t 0): close sends RST instead of FIN.
;;;
;;; Teaches: an ordinary close ends the stream with FIN, which the peer acknowledges and answers with
;;; its own FIN. With linger on and a zero timeout, close throws the connection away: one RST, no FIN,
;;; no TIME_WAIT, and the peer's next receive fails with ECONNRESET.
;;; Watch: on the ladder, after the data, a single RST from the client's lane, and both ends CLOSED.

(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))
(define server (socket-accept listener))
(define port (sockaddr-port (socket-name client)))

(socket-send client "hello")
(print "server read: " (socket-receive server 5))
(set! (so-linger client) '(#t 0))
(print "linger: " (so-linger client))
(socket-close client)                     ; RST
(condition-case (print "server read: " (socket-receive server 100))
  (e (exn i/o net) (print "server's receive failed: " (get-condition-property e 'exn 'message))))
(socket-close server)
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (for-each print (wire-ladder wire port)))
