package sockbench.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code syntax-rules} macro (R7RS 4.3.2): literals, {@code _}, ellipses after any pattern element
 * (also before a tail, and nested), {@code (... ...)} escapes, a custom ellipsis, vectors. Symbols a
 * template introduces become fresh aliases on each expansion, so a macro's temporaries never catch
 * the user's names and its free names mean what they meant where the macro was defined.
 */
final class SyntaxRules extends Macro {
    private static final Symbol UNDERSCORE = Symbol.of("_");
    private static final Symbol DEFAULT_ELLIPSIS = Symbol.of("...");

    /** The matches of a pattern variable under an ellipsis, one per repetition. */
    private record Repeated(List<Object> items) {
    }

    private record Rule(Object pattern, Object template) {
    }

    private final Symbol ellipsis;
    private final Set<Symbol> literals = new HashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Scope definition;

    /** {@code spec} is the whole {@code (syntax-rules [ellipsis] (literal ...) (pattern template) ...)}. */
    SyntaxRules(String name, Form spec, Scope definition) {
        super(name);
        this.definition = definition;
        int at = 1;
        if (spec.size() > 1 && spec.get(1) instanceof Symbol custom) {
            ellipsis = custom.strip();
            at = 2;
        } else {
            ellipsis = DEFAULT_ELLIPSIS;
        }
        if (spec.size() <= at) {
            throw spec.error("literal list expected");
        }
        Object list = spec.get(at);
        if (Lists.length(list) < 0) {
            throw spec.error("literal list expected");
        }
        for (Object literal : Lists.toJava(list)) {
            if (!(literal instanceof Symbol s)) {
                throw spec.error("literal must be a symbol");
            }
            literals.add(s.strip());
        }
        for (int i = at + 1; i < spec.size(); i++) {
            if (!(spec.get(i) instanceof Pair rule) || Lists.length(rule) != 2 || !(rule.car instanceof Pair pattern)) {
                throw spec.error("bad syntax rule");
            }
            rules.add(new Rule(pattern.cdr, ((Pair) rule.cdr).car));
        }
    }

    @Override
    Object expand(Pair use) {
        for (Rule rule : rules) {
            Map<Symbol, Object> bindings = new HashMap<>();
            if (match(rule.pattern(), use.cdr, bindings)) {
                return instantiate(rule.template(), bindings, new HashMap<>(), false);
            }
        }
        throw noMatch(use);
    }

    private boolean isEllipsis(Object x) {
        return x instanceof Symbol s && s.strip() == ellipsis && !literals.contains(ellipsis);
    }

    private boolean match(Object pattern, Object x, Map<Symbol, Object> bindings) {
        if (pattern instanceof Symbol s) {
            if (literals.contains(s.strip())) {
                return x instanceof Symbol y && y.strip() == s.strip();
            }
            if (s.strip() != UNDERSCORE) {
                bindings.put(s, x);
            }
            return true;
        }
        if (pattern instanceof Pair p) {
            if (p.cdr instanceof Pair next && isEllipsis(next.car)) {
                return matchRepeated(p.car, next.cdr, x, bindings);
            }
            return x instanceof Pair y && match(p.car, y.car, bindings) && match(p.cdr, y.cdr, bindings);
        }
        if (pattern instanceof Object[] vector) {
            return x instanceof Object[] items && match(Lists.of(vector), Lists.of(items), bindings);
        }
        if (pattern == Empty.LIST) {
            return x == Empty.LIST;
        }
        return Equality.equal(pattern, x);
    }

    /** {@code element ... tail}: as many elements as leave enough for the tail's fixed part. */
    private boolean matchRepeated(Object element, Object tail, Object x, Map<Symbol, Object> bindings) {
        int fixedAfter = 0;
        for (Object t = tail; t instanceof Pair p; t = p.cdr) {
            fixedAfter++;
        }
        int available = 0;
        for (Object y = x; y instanceof Pair p; y = p.cdr) {
            available++;
        }
        int repeats = available - fixedAfter;
        if (repeats < 0) {
            return false;
        }
        List<Map<Symbol, Object>> matches = new ArrayList<>();
        Object y = x;
        for (int i = 0; i < repeats; i++) {
            Pair cell = (Pair) y;
            Map<Symbol, Object> one = new HashMap<>();
            if (!match(element, cell.car, one)) {
                return false;
            }
            matches.add(one);
            y = cell.cdr;
        }
        for (Symbol v : variables(element)) {
            List<Object> items = new ArrayList<>(matches.size());
            for (Map<Symbol, Object> one : matches) {
                items.add(one.get(v));
            }
            bindings.put(v, new Repeated(items));
        }
        return match(tail, y, bindings);
    }

    /** The pattern variables of a pattern. */
    private List<Symbol> variables(Object pattern) {
        List<Symbol> found = new ArrayList<>();
        collect(pattern, found);
        return found;
    }

    private void collect(Object pattern, List<Symbol> found) {
        if (pattern instanceof Symbol s) {
            if (!literals.contains(s.strip()) && s.strip() != UNDERSCORE && !isEllipsis(s)) {
                found.add(s);
            }
        } else if (pattern instanceof Pair p) {
            collect(p.car, found);
            collect(p.cdr, found);
        } else if (pattern instanceof Object[] vector) {
            for (Object item : vector) {
                collect(item, found);
            }
        }
    }

    /** The template filled in; {@code escaped} inside {@code (... template)}, where ellipses are plain. */
    private Object instantiate(Object t, Map<Symbol, Object> bindings, Map<Symbol, Symbol> renames, boolean escaped) {
        if (t instanceof Symbol s) {
            if (bindings.containsKey(s)) {
                Object value = bindings.get(s);
                if (value instanceof Repeated) {
                    throw Errors.syntax("pattern variable used without its ellipsis", s.strip(), null);
                }
                return value;
            }
            return renames.computeIfAbsent(s, original -> Symbol.alias(original, definition));
        }
        if (t instanceof Pair p) {
            if (!escaped && isEllipsis(p.car) && p.cdr instanceof Pair escapedTemplate) {
                return instantiate(escapedTemplate.car, bindings, renames, true);
            }
            if (!escaped && p.cdr instanceof Pair next && isEllipsis(next.car)) {
                int depth = 1;
                Object rest = next.cdr;
                while (rest instanceof Pair r && isEllipsis(r.car)) {
                    depth++;
                    rest = r.cdr;
                }
                List<Object> items = new ArrayList<>();
                repeat(p.car, depth, bindings, renames, items);
                Object result = instantiate(rest, bindings, renames, false);
                for (int i = items.size() - 1; i >= 0; i--) {
                    result = new Pair(items.get(i), result);
                }
                return result;
            }
            return new Pair(instantiate(p.car, bindings, renames, escaped), instantiate(p.cdr, bindings, renames, escaped));
        }
        if (t instanceof Object[] vector) {
            return Lists.toJava(instantiate(Lists.of(vector), bindings, renames, escaped)).toArray();
        }
        return t;
    }

    /** Every repetition of {@code element} followed by {@code depth} ellipses, into {@code out}. */
    private void repeat(Object element, int depth, Map<Symbol, Object> bindings, Map<Symbol, Symbol> renames, List<Object> out) {
        List<Symbol> repeated = new ArrayList<>();
        for (Symbol v : variables(element)) {
            if (bindings.get(v) instanceof Repeated) {
                repeated.add(v);
            }
        }
        if (repeated.isEmpty()) {
            throw Errors.syntax("no pattern variable to repeat before the ellipsis", SyntaxData.strip(element), null);
        }
        int count = -1;
        for (Symbol v : repeated) {
            int n = ((Repeated) bindings.get(v)).items().size();
            if (count >= 0 && n != count) {
                throw Errors.syntax("pattern variables repeated different numbers of times", SyntaxData.strip(element), null);
            }
            count = n;
        }
        for (int i = 0; i < count; i++) {
            Map<Symbol, Object> one = new HashMap<>(bindings);
            for (Symbol v : repeated) {
                one.put(v, ((Repeated) bindings.get(v)).items().get(i));
            }
            if (depth > 1) {
                repeat(element, depth - 1, one, renames, out);
            } else {
                out.add(instantiate(element, one, renames, false));
            }
        }
    }
}
