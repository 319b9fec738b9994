package org.jmlir.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.ParseException;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FileLineColLoc;

/** Helpers shared by the type/attribute tests: recorded tables and parsing in mlir-opt's test harness layout. */
final class TextTestSupport {
    private TextTestSupport() {}

    /** One recorded observation: what mlir-opt printed (or {@code ERR line:col: message}) for an input. */
    record Row(String input, String expected) {
        boolean isError() { return expected.startsWith("ERR "); }

        @Override
        public String toString() { return input; }
    }

    /** Reads {@code input<TAB>=> expected} lines of a resource next to this class. */
    static List<Row> table(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TextTestSupport.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf("\t=> ");
                if (tab < 0) continue;
                rows.add(new Row(line.substring(0, tab), line.substring(tab + 4)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static Context context() {
        Context c = new Context();
        c.setAllowUnregisteredDialects(true);
        return c;
    }

    /**
     * Parses {@code attr} placed as mlir-opt's harness places it ({@code "test.op"() {a = ATTR} : () -> ()}, so that
     * error columns match the recorded ones) and returns its printed form, or {@code ERR line:col: message} for the
     * first diagnostic.
     */
    static String parseAndPrint(Context c, String attr) {
        List<Diagnostic> diags = new ArrayList<>();
        Runnable remove = c.diagnostics().addHandler(diags::add);
        try {
            String text = " ".repeat(12) + "{a = " + attr + "} : () -> ()";
            StandaloneTypeAttrParser p = new StandaloneTypeAttrParser(c, text, "<stdin>");
            Attribute a = p.parseOptionalAttrDict().get(0).value();
            return AttrTypePrinter.attributeToString(a);
        } catch (ParseException e) {
            c.diagnostics().flush();
            Diagnostic d = diags.get(0);
            FileLineColLoc f = d.location().filePosition();
            return "ERR " + f.line() + ":" + f.column() + ": " + d.message();
        } finally {
            remove.run();
        }
    }

    /** The first diagnostic message reported while parsing {@code text} as one attribute, or null if it parses. */
    static String attributeError(Context c, String text) {
        List<Diagnostic> diags = new ArrayList<>();
        Runnable remove = c.diagnostics().addHandler(diags::add);
        try {
            StandaloneTypeAttrParser.parseAttribute(c, text);
            return null;
        } catch (ParseException e) {
            c.diagnostics().flush();
            return diags.get(0).message();
        } finally {
            remove.run();
        }
    }
}
