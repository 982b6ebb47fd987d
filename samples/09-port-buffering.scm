;;; Port buffering: socket-send-buffer-size and socket-send-size.
;;;
;;; Teaches: the egg's output ports buffer N bytes and send only whole multiples of N; the rest
;;; stays in the port. Each send-all is divided into calls of at most socket-send-size bytes.
;;; Watch: with a 512-byte buffer, writing 500 then 526 bytes sends 1024 (two blocks) and keeps 2;
;;; closing the port flushes the last 2 and shuts down the write side.

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))
(define peer (socket-accept listener))

(define (waiting-at-peer)
  ;; what has arrived at the peer so far (without blocking)
  (if (socket-receive-ready? peer) (string-length (socket-receive peer 4096)) 0))

(define-values (in out)
  (parameterize ((socket-send-buffer-size 512)
                 (socket-send-size 16384))
    (socket-i/o-ports client)))

(write-string (make-string 500 #\a) #f out)
(thread-sleep! 0.05)
(print "after writing 500 bytes, the peer has " (waiting-at-peer) " bytes")
(write-string (make-string 526 #\b) #f out)
(thread-sleep! 0.05)
(print "after writing 526 more, the peer has " (waiting-at-peer) " bytes (two 512-byte blocks)")
(close-output-port out)
(thread-sleep! 0.05)
(print "after closing the port, the peer gets the last " (waiting-at-peer) " bytes")
(print "and then end of stream: " (string=? "" (socket-receive peer 10)))
(close-input-port in)
(socket-close peer)
(socket-close listener)
