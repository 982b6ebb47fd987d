;;; TIME_WAIT belongs to the side that closed first.
;;;
;;; Teaches: the end that sends the first FIN (the active closer) passes FIN_WAIT_1 and FIN_WAIT_2 and,
;;; after acknowledging the peer's FIN, waits in TIME_WAIT (60 s on Linux) though its descriptor is
;;; gone; the passive closer goes CLOSE_WAIT, LAST_ACK, CLOSED. The kernel's socket table shows it.
;;; Watch: wire-tcp-state asks the kernel (netlink sock_diag) for each end after both closed.

(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))
(define server (socket-accept listener))
(define client-end (socket-name client))
(define server-end (socket-name server))

(print "established: " (wire-tcp-state client-end server-end))
(socket-close server)                                   ; the server closes first
(print "client after the server's FIN: " (wire-tcp-state client-end server-end))
(print "server, waiting for the client's FIN: " (wire-tcp-state server-end client-end))
(print "client reads end of stream: " (string=? "" (socket-receive client 10)))
(socket-close client)
(print "server after both closed (its descriptor is gone): " (wire-tcp-state server-end client-end))
(print "client after both closed: " (wire-tcp-state client-end server-end))
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (for-each print (wire-ladder wire (sockaddr-port client-end))))
