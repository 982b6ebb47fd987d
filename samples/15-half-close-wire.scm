;;; Half-close on the wire: shut/wr sends FIN, and the other direction keeps going.
;;;
;;; Teaches: (socket-shutdown s shut/wr) sends FIN at once: the peer reads end of stream, yet it can
;;; still send, and the half-closed end still receives, until the peer closes in turn.
;;; Watch: the client's FIN, the server's reply data after it (acknowledged by the client, which is in
;;; FIN_WAIT_2), then the server's FIN; the client ends in TIME_WAIT.

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

(socket-send client "question")
(socket-shutdown client shut/wr)                       ; FIN: "I have said everything"
(print "server read: " (socket-receive server 100))
(print "server reads end of stream: " (string=? "" (socket-receive server 100)))
(socket-send server "answer after your FIN")          ; the other direction still works
(print "client read: " (socket-receive client 100))
(socket-close server)                                  ; the server's FIN
(print "client reads end of stream: " (string=? "" (socket-receive client 100)))
(socket-close client)
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (for-each print (wire-ladder wire port)))
