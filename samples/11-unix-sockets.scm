;;; UNIX sockets: a path in the file system, and Linux's abstract names.
;;;
;;; Teaches: af/unix sockets connect processes on one machine through a file-system path (or, on
;;; Linux, an abstract name starting with a NUL byte that never touches the disk). The same socket
;;; calls work: bind, listen, accept, connect, send, receive.
;;; Watch: the socket file that bind creates (and that we must delete), and that socket-name is #f
;;; for UNIX sockets, as in the egg.

(define path (string-append "/tmp/sockbench-sample-" (number->string (current-process-id)) ".sock"))
(when (file-exists? path) (delete-file path))

(define listener (socket af/unix sock/stream))
(socket-bind listener (unix-address path))
(socket-listen listener 1)
(print "bound " (unix-address path) "; the socket file exists: " (if (file-exists? path) #t #f))
(print "socket-name of a UNIX socket: " (socket-name listener))

(define client (socket af/unix sock/stream))
(socket-connect client (unix-address path))
(define conn (socket-accept listener))
(socket-send-all client "over a UNIX stream")
(print "server got: " (socket-receive conn 100))
(for-each socket-close (list client conn listener))
(delete-file path)

;; A datagram socket under an abstract name (Linux): no file is made.
(define name (string-append (string #\x0) "sockbench-sample-" (number->string (current-process-id))))
(define a (socket af/unix sock/dgram))
(socket-bind a (unix-address name))
(define b (socket af/unix sock/dgram))
(socket-send-to b "over an abstract datagram socket" (unix-address name))
(print "datagram got: " (socket-receive a 100))
(socket-close a)
(socket-close b)
