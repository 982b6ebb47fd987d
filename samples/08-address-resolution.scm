;;; Address resolution with each ai/* flag.
;;;
;;; Teaches: address-information turns a node and a service into socket addresses, and its flags
;;; change what it does. Only local names are used here, so no query leaves the machine.
;;; Watch: #f as node (loopback, or the unspecified address with ai/passive), the canonical name,
;;; ai/numerichost refusing to look a name up, and datagram versus stream results.

(define (show title results)
  (print title)
  (for-each (lambda (ai) (print "    " ai)) results)
  (when (null? results) (print "    ()")))

(show "localhost, port 80:" (address-information "localhost" 80))
(show "#f node — the loopback address:" (address-information #f 80))
(show "#f node with ai/passive — the unspecified address, for bind:"
      (address-information #f 80 flags: ai/passive))
(show "ai/canonname — the canonical name is included:"
      (address-information "localhost" 80 flags: ai/canonname))
(show "ai/numerichost with a numeric address:"
      (address-information "127.0.0.1" 80 flags: ai/numerichost))
(show "ai/numerichost with a name — no lookup is done, so nothing:"
      (address-information "localhost" 80 flags: ai/numerichost))
(show "type: sock/dgram:" (address-information "127.0.0.1" 53 type: sock/dgram))
(show "family: af/inet6:" (address-information "::1" 22 family: af/inet6))
(show "no node and no service:" (address-information #f #f))
(print "reverse, numeric: " (name-information (inet-address "127.0.0.1" 80) (+ ni/numerichost ni/numericserv)))
(print "reverse, by name: " (name-information (inet-address "127.0.0.1" 80)))
