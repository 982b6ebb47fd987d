;;; TCP echo: a server and a client in one script.
;;;
;;; Teaches: the life of a TCP connection — socket, bind, listen, accept on one side; socket and
;;; connect on the other; then send and receive both ways.
;;; Watch: the server's socket-name (a real port chosen by the kernel because we asked for port 0),
;;; the client's socket-peer-name, and that the accepted socket is a new socket with its own fd.

(define listener (socket af/inet sock/stream))
(set! (so-reuse-address? listener) #t)
(socket-bind listener (inet-address "127.0.0.1" 0))
(socket-listen listener 5)
(define server-address (socket-name listener))
(print "listening on " server-address)

;; The server: accept one connection and echo what it receives until the client is done.
(define server
  (make-thread
   (lambda ()
     (let ((conn (socket-accept listener)))
       (print "server accepted " conn " from " (socket-peer-name conn))
       (let loop ((total 0))
         (let ((data (socket-receive conn 1024)))
           (if (string=? data "")
               (begin (socket-close conn) total)
               (begin (socket-send-all conn data)
                      (loop (+ total (string-length data)))))))))
   'echo-server))
(thread-start! server)

;; The client.
(define client (socket af/inet sock/stream))
(socket-connect client server-address)
(print "client " client " connected to " (socket-peer-name client))
(socket-send-all client "hello, echo")
(print "client got back: " (socket-receive client 1024))
(socket-shutdown client shut/wr)
(print "server echoed " (thread-join! server) " bytes in all")
(socket-close client)
(socket-close listener)
