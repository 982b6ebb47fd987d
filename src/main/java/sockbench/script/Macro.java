package sockbench.script;

import java.util.List;

/**
 * A user macro: a special form whose meaning is another form. The expansion is analyzed where the
 * use is, its aliases mean what they meant where the macro was defined ({@link Scope}).
 */
abstract class Macro implements Analyzer.SpecialForm {
    private final String name;

    Macro(String name) {
        this.name = name;
    }

    /** The form {@code use} stands for. */
    abstract Object expand(Pair use);

    @Override
    public final Node analyze(Form f, boolean tail) {
        Object expansion;
        try {
            expansion = expand(f.pair());
        } catch (SchemeError e) {
            throw e.at(f.where());
        }
        return Analyzer.analyze(expansion, f.where(), tail);
    }

    String name() {
        return name;
    }

    /** CHICKEN's words when no rule fits: the form as the argument, the macro as the location. */
    SchemeError noMatch(Pair use) {
        Condition c = Condition.exn(List.of("exn", "syntax"), "no rule matches form", SyntaxData.strip(use));
        if (name != null) {
            c.put("exn", "location", Symbol.of(name));
        }
        return new SchemeError(c);
    }

    @Override
    public String toString() {
        return "#<macro " + name + ">";
    }
}
