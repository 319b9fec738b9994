package org.jmlir.text.format;

import java.util.List;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.RegionDef;
import org.jmlir.ods.SuccessorDef;
import org.jmlir.ods.ValueDef;

/**
 * A node of a parsed declarative assembly format: literals, whitespace, variables, directives and groups. Nodes are
 * compared by identity (the printer keys its precomputed spacing on them).
 */
sealed interface Element {
    /** {@code `keyword`} or {@code `(`}. */
    record Literal(String spelling) implements Element {
        boolean isKeyword() {
            char c = spelling.charAt(0);
            return c == '_' || Character.isLetter(c);
        }
    }

    /** {@code ``} (no space), {@code ` `} (a space) or {@code `\n`} (a new line). */
    record Whitespace(String value) implements Element {
        boolean isNewline() { return value.equals("\\n"); }
    }

    record OperandVar(String name, int index, ValueDef def) implements Element {
    }

    record ResultVar(String name, int index, ValueDef def) implements Element {
    }

    /** An inherent attribute; {@code qualified} when wrapped in {@code qualified(...)}. */
    record AttrVar(String name, AttrDef def, boolean qualified) implements Element {
    }

    record RegionVar(String name, int index, RegionDef def) implements Element {
    }

    record SuccessorVar(String name, int index, SuccessorDef def) implements Element {
    }

    record AttrDict(boolean withKeyword) implements Element {
    }

    /** {@code type(arg)}: arg is an operand/result variable or the operands/results directive. */
    record TypeDir(Element arg, boolean qualified) implements Element {
    }

    record FunctionalType(Element inputs, Element results) implements Element {
    }

    record OperandsDir() implements Element {
    }

    record ResultsDir() implements Element {
    }

    record RegionsDir() implements Element {
    }

    record SuccessorsDir() implements Element {
    }

    /** {@code custom<Name>(args)}. */
    record Custom(String name, List<Element> args) implements Element {
    }

    /** {@code ref(arg)} inside a custom directive: an element bound earlier in the format. */
    record Ref(Element arg) implements Element {
    }

    /** A {@code "string"} argument of a custom directive. */
    record StringArg(String value) implements Element {
    }

    /** {@code (then)?} or {@code (then) : (else)?}; the anchor is in one of the branches. */
    record OptionalGroup(List<Element> thenElements, List<Element> elseElements, Element anchor) implements Element {
    }

    /** {@code oilist(`kw` elements | `kw2` elements)}. */
    record OIList(List<Clause> clauses) implements Element {
        record Clause(Literal keyword, List<Element> elements) {
        }
    }
}
