;;; ipv6/v6only on a "::" listener.
;;;
;;; Teaches: an IPv6 socket bound to the unspecified address "::" may also accept IPv4 connections,
;;; which then appear as IPv4-mapped addresses (::ffff:127.0.0.1). With ipv6-v6-only? set before
;;; bind, the socket is IPv6 only and an IPv4 connect is refused.
;;; Watch: the peer name of the accepted IPv4 client, then the refusal.

(define (listener v6only)
  (let ((s (socket af/inet6 sock/stream)))
    (set! (ipv6-v6-only? s) v6only)
    (socket-bind s (inet-address "::" 0))
    (socket-listen s 1)
    s))

(define dual (listener #f))
(define port (sockaddr-port (socket-name dual)))
(print "dual-stack listener on " (socket-name dual) ", v6only: " (ipv6-v6-only? dual))
(define c4 (socket af/inet sock/stream))
(socket-connect c4 (inet-address "127.0.0.1" port))
(define accepted (socket-accept dual))
(print "an IPv4 client arrives as " (socket-peer-name accepted))
(socket-close accepted)
(socket-close c4)
(socket-close dual)

(define only6 (listener #t))
(define port6 (sockaddr-port (socket-name only6)))
(print "IPv6-only listener on " (socket-name only6) ", v6only: " (ipv6-v6-only? only6))
(define c (socket af/inet sock/stream))
(condition-case
    (begin (socket-connect c (inet-address "127.0.0.1" port6))
           (print "IPv4 connect succeeded?!"))
  (e (exn i/o net transient)
     (print "IPv4 connect to the IPv6-only port: " (get-condition-property e 'net 'errno-symbol))))
(socket-close c)
(socket-close only6)
