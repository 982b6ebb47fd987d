;;; Flow control: a stalled reader fills the kernel's queues.
;;;
;;; Teaches: send() does not put bytes on the wire — it copies them into the kernel's send queue.
;;; When the receiver stops reading, its receive queue fills, TCP's window closes, the sender's
;;; queue fills in turn, and send would block (EAGAIN with msg/dontwait).
;;; Watch: the sender's send queue and the receiver's receive queue grow until sending stops;
;;; then the reader drains and the queues empty.

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)
(define sender (socket af/inet sock/stream))
(set! (so-send-buffer sender) 16384)
(socket-connect sender (socket-name listener))
(define reader (socket-accept listener))
(set! (so-receive-buffer reader) 16384)

(define chunk (make-string 4096 #\x))
(define sent
  (let loop ((total 0) (n 0))
    (condition-case
        (let ((k (socket-send sender chunk 0 #f msg/dontwait)))
          (when (= 0 (modulo n 4))
            (print "sent " (+ total k) " bytes; sender's send queue " (socket-send-queue sender)
                   ", reader's receive queue " (socket-receive-queue reader)))
          (loop (+ total k) (+ n 1)))
      (e (exn i/o net)
         (print "send would block (" (get-condition-property e 'net 'errno-symbol) ") after " total " bytes")
         total))))

(print "queues now: sender " (socket-send-queue sender) ", reader " (socket-receive-queue reader)
       " (buffers: SO_SNDBUF " (so-send-buffer sender) ", SO_RCVBUF " (so-receive-buffer reader) ")")
(let drain ((got 0))
  (if (< got sent)
      (drain (+ got (string-length (socket-receive reader 65536))))
      (print "the reader drained " got " bytes")))
(thread-sleep! 0.05)
(print "queues after draining: sender " (socket-send-queue sender) ", reader " (socket-receive-queue reader))
(socket-close sender)
(socket-close reader)
(socket-close listener)
