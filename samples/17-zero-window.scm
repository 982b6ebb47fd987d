;;; A zero window: the reader stops, and TCP's flow control stops the writer.
;;;
;;; Teaches: each ACK carries the receiver's free buffer (the window). When the reading program stops,
;;; the window shrinks to 0 and the sender must stop; it probes now and then, and resumes when the
;;; reader drains its buffer and the receiver announces a window again (a window update).
;;; Watch: ACKs with win=0 on the ladder, the writer's send timing out, then the window reopening.

(define wire
  (condition-case (wire-capture-start)
    (e (exn) (print "no capture: " (get-condition-property e 'exn 'message)) #f)))

(define listener (socket af/inet sock/stream))
(set! (so-receive-buffer listener) 4096)                 ; the accepted socket inherits a small buffer
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define writer (socket af/inet sock/stream))
(set! (so-send-buffer writer) 4096)
(socket-connect writer (socket-name listener))
(define reader (socket-accept listener))
(define port (sockaddr-port (socket-name writer)))

;; The writer sends until the kernel will take no more; the reader reads nothing yet.
(define sent
  (parameterize ((socket-send-timeout 300))
    (let loop ((total 0))
      (condition-case (loop (+ total (socket-send writer (make-string 1024 #\x))))
        (e (exn i/o net timeout) total)))))
(print "the writer got " sent " bytes into the kernel before it had to wait")
(print "waiting in the reader's kernel queue: " (socket-receive-queue reader) " bytes")

;; Now the reader drains it all: the window opens again.
(define got
  (parameterize ((socket-receive-timeout 300))
    (let loop ((total 0))
      (condition-case (let ((s (socket-receive reader 65536)))
                        (if (string=? s "") total (loop (+ total (string-length s)))))
        (e (exn i/o net timeout) total)))))
(print "the reader read " got " bytes")
(socket-close writer)
(socket-close reader)
(socket-close listener)

(when wire
  (wire-capture-stop wire)
  (print "segments announcing a zero window: "
         (length (filter (lambda (s) (and (= 0 (wire-segment-window s)) (not (memq 'rst (wire-segment-flags s)))))
                         (wire-segments wire)))))
