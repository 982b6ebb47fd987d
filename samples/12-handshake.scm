;;; The three-way handshake, and when connect returns.
;;;
;;; Teaches: connect sends SYN, the listener's kernel answers SYN,ACK by itself (before any accept),
;;; and the client's ACK completes the handshake: connect returns ESTABLISHED after one round trip,
;;; while accept only takes a connection the kernel has already set up.
;;; Watch: in the Wire view, SYN seq=0, SYN|ACK seq=0 ack=1, ACK ack=1 between the lanes, connect on
;;; the client's lane and accept on the server's after them; headless, the ladder printed at the end.

;; The capture (it needs CAP_NET_RAW; without it the sample still runs, and says why it drew nothing).
(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define port (sockaddr-port (socket-name listener)))

(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))   ; SYN out, SYN|ACK back, ACK out: then it returns
(print "connect returned; tcp_info says: " (tcp-info client))
(define server (socket-accept listener))         ; the connection was already there
(print "accepted " server " from " (socket-peer-name server))

(socket-close client)
(socket-close server)
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (for-each print (wire-ladder wire port)))
