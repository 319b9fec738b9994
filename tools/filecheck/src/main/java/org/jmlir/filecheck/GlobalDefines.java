package org.jmlir.filecheck;

import java.util.List;

/**
 * Applies {@code -DNAME=VALUE} (string) and {@code -D#[%fmt,]NAME=EXPR} (numeric) definitions before the check
 * file is read. Errors point into a "Global defines" pseudo buffer listing the definitions, like LLVM's.
 */
final class GlobalDefines {
    private GlobalDefines() {}

    static void define(List<String> defines, Variables vars, Diagnostics diags) throws ReportedFailure {
        if (defines.isEmpty()) return;
        StringBuilder buf = new StringBuilder();
        int[] starts = new int[defines.size()];
        for (int i = 0; i < defines.size(); i++) {
            buf.append("Global define #").append(i + 1).append(": ");
            starts[i] = buf.length();
            buf.append(defines.get(i)).append('\n');
        }
        SourceFile file = new SourceFile("Global defines", buf.toString());
        boolean failed = false;
        for (int i = 0; i < defines.size(); i++) {
            try {
                defineOne(defines.get(i), starts[i], vars);
            } catch (CheckSyntaxError e) {
                diags.report(file, e.offset, Diagnostics.Kind.ERROR, e.getMessage());
                diags.raw("\n");
                failed = true;
            }
        }
        if (failed) throw new ReportedFailure(2);
    }

    private static void defineOne(String def, int at, Variables vars) throws CheckSyntaxError {
        int eq = def.indexOf('=');
        if (eq < 0) throw new CheckSyntaxError("missing equal sign in global definition", at);
        if (def.startsWith("#")) {
            // Same syntax as a [[#NAME:EXPR]] block, evaluated right away.
            String block = def.substring(1, eq) + ":" + def.substring(eq + 1);
            NumericParser.Block b = NumericParser.parse(block, at + 1, false, null, vars);
            if (b.expr() == null) throw new CheckSyntaxError("expected expression in global definition", at);
            try {
                b.defined().setValue(b.expr().eval());
            } catch (UndefinedVariableException e) {
                throw new CheckSyntaxError("undefined variable: " + e.uses.get(0).name(), e.uses.get(0).offset());
            } catch (ArithmeticException e) {
                throw new CheckSyntaxError("unable to represent numeric value", at);
            }
            return;
        }
        String name = def.substring(0, eq);
        if (!name.matches("\\$?[A-Za-z_][A-Za-z0-9_]*")) {
            throw new CheckSyntaxError("invalid name in string variable definition '" + name + "'", at);
        }
        if (vars.numerics.containsKey(name)) {
            throw new CheckSyntaxError("numeric variable with name '" + name + "' already exists", at);
        }
        vars.strings.put(name, def.substring(eq + 1));
        vars.definedStrings.add(name);
    }
}
