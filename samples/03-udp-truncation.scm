;;; UDP datagrams: boundaries are kept, and a short receive loses the rest.
;;;
;;; Teaches: each send-to on a datagram socket is one datagram, and each receive-from takes exactly
;;; one. When the receive length is smaller than the datagram, the rest is gone for good.
;;; Watch: the first receive gets 8 bytes of 20, the next receive gets the NEXT datagram, not the rest.

(define a (socket af/inet sock/dgram))
(define b (socket af/inet sock/dgram))
(socket-bind a (inet-address "127.0.0.1" 0))
(socket-bind b (inet-address "127.0.0.1" 0))

(socket-send-to a "0123456789ABCDEFGHIJ" (socket-name b))
(socket-send-to a "second datagram" (socket-name b))

(receive (data from) (socket-receive-from b 8)
  (print "first receive of 8: " data " (" (string-length data) " bytes) from " from))
(receive (data from) (socket-receive-from b 100)
  (print "second receive: " data))
(socket-close a)
(socket-close b)
