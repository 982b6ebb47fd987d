;;; Half-close with shut/wr.
;;;
;;; Teaches: a TCP connection has two directions, and each can be shut down alone. The client says
;;; "I have finished sending" with (socket-shutdown s shut/wr) and still receives the answer.
;;; Watch: the server sees the end of stream as an empty string from socket-receive, answers after
;;; it, and the client reads that answer on its half-closed socket.

(define listener (socket af/inet sock/stream))
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 1)

(define server
  (make-thread
   (lambda ()
     (let ((conn (socket-accept listener)))
       (let loop ((request ""))
         (let ((data (socket-receive conn 100)))
           (if (string=? data "")
               (begin
                 (print "server: end of stream after " (string-length request) " bytes: " request)
                 (socket-send-all conn (string-append "you said " (number->string (string-length request)) " bytes"))
                 (socket-close conn))
               (loop (string-append request data)))))))))
(thread-start! server)

(define client (socket af/inet sock/stream))
(socket-connect client (socket-name listener))
(socket-send-all client "count ")
(socket-send-all client "these bytes")
(socket-shutdown client shut/wr)
(print "client: shut down the write side; now receiving")
(print "client got: " (socket-receive client 100))
(print "client then sees end of stream: " (string=? "" (socket-receive client 100)))
(thread-join! server)
(socket-close client)
(socket-close listener)
