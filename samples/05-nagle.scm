;;; Nagle's algorithm and tcp/nodelay: the timing of small writes.
;;;
;;; Teaches: with Nagle on (the default), a small segment waits while an earlier one is not yet
;;; acknowledged; with the receiver's delayed ACKs, a write-write-read exchange can stall for tens of
;;; milliseconds. tcp/nodelay sends each small write at once.
;;; Watch: the time per request with Nagle on versus off. (On loopback the effect depends on the
;;; kernel's quick-ACK heuristics; run it a few times.)

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 2)
(define rounds 20)

;; The server answers each 2-part request only when both parts have arrived.
(define (serve conn)
  (let loop ((n 0))
    (when (< n rounds)
      (let read ((have 0))
        (when (< have 10)
          (read (+ have (string-length (socket-receive conn 10))))))
      (socket-send conn "ok")
      (loop (+ n 1))))
  (socket-close conn))

(define (measure nodelay)
  (let ((client (socket af/inet sock/stream)))
    (socket-connect client (socket-name listener))
    (set! (tcp-no-delay? client) nodelay)
    (let ((server (make-thread (lambda () (serve (socket-accept listener))))))
      (thread-start! server)
      (let ((start (current-milliseconds)))
        (let loop ((n 0))
          (when (< n rounds)
            (socket-send client "head:")   ; a small write ...
            (socket-send client "body!")   ; ... and another before reading the answer
            (socket-receive client 2)
            (loop (+ n 1))))
        (let ((ms (- (current-milliseconds) start)))
          (thread-join! server)
          (socket-close client)
          ms)))))

(print "tcp-no-delay? #f: " (measure #f) " ms for " rounds " write-write-read requests")
(print "tcp-no-delay? #t: " (measure #t) " ms for " rounds " write-write-read requests")
(socket-close listener)
