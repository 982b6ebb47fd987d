;;; Nagle's algorithm meets the delayed ACK: the 40 ms stall.
;;;
;;; Teaches: with Nagle on, a small write waits while an earlier small segment is unacknowledged; the
;;; receiver, once it sees a request/response pattern, delays its ACK (up to 40 ms on Linux) hoping to
;;; send it with data. Write-write-read then stalls until the delayed ACK fires. tcp/nodelay ends it.
;;; Watch: on the ladder, "head:" leaves at once, "body!" only after an ACK that came tens of
;;; milliseconds later (a gap marked in ms); the same rounds with tcp/nodelay have no gap.

(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 2)
(define rounds 8)

;; The server answers each request only when both of its parts have arrived.
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
        (let ((ms (- (current-milliseconds) start))
              (port (sockaddr-port (socket-name client))))
          (thread-join! server)
          (socket-close client)
          (print "tcp-no-delay? " nodelay ": " ms " ms for " rounds " write-write-read rounds")
          port)))))

(define nodelay-port (measure #t))
(define nagle-port (measure #f))                 ; last, so the Wire view (following the newest) shows it
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (print "with Nagle (look for the gaps before body!):")
  (for-each print (wire-ladder wire nagle-port)))
