package sockbench.script;

/** A call left for the enclosing closure's loop to make: the callee's body in its fresh frame. */
record TailCall(Node body, Env frame) {
}
