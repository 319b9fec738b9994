package org.jmlir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.jmlir.ir.Context;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Types and attributes (and their errors) against what mlir-opt 22 printed for them. The tables were recorded with
 * {@code "test.op"() {a = INPUT} : () -> ()} through {@code mlir-opt --allow-unregistered-dialect
 * --mlir-print-op-generic --mlir-print-local-scope}; errors are {@code ERR line:col: message} in that layout.
 */
class MlirOptTableTest {
    @TestFactory
    Stream<DynamicTest> attributesAndTypes() { return rows("mlir-opt-attributes.txt"); }

    /** Every f8/f6/f4 bit pattern and samples of the wider formats, hex and decimal. */
    @TestFactory
    Stream<DynamicTest> floats() { return rows("mlir-opt-floats.txt"); }

    private static Stream<DynamicTest> rows(String resource) {
        return TextTestSupport.table(resource).stream().map(row -> DynamicTest.dynamicTest(row.input(), () -> {
            Context c = TextTestSupport.context();
            String printed = TextTestSupport.parseAndPrint(c, row.input());
            assertEquals(row.expected(), printed);
            if (!row.isError()) {
                // the canonical spelling is a fixed point. Affine sums may reorder a few more times when read back
                // ("d1 + (d0 + 1)" prints "d1 + d0 + 1", which reads as "(d1 + d0) + 1" = "d0 + d1 + 1"), in
                // mlir-opt exactly as here, so for those reprinting must settle within a few rounds
                String again = TextTestSupport.parseAndPrint(c, printed);
                if (printed.contains("affine_")) {
                    for (int round = 0; round < 5 && !again.equals(printed); round++) {
                        printed = again;
                        again = TextTestSupport.parseAndPrint(c, printed);
                    }
                }
                assertEquals(printed, again, "reprinting " + printed);
            }
        }));
    }

    /** Guards against a table that silently stopped loading. */
    @Test
    void tablesAreLoaded() {
        List<TextTestSupport.Row> a = TextTestSupport.table("mlir-opt-attributes.txt");
        List<TextTestSupport.Row> f = TextTestSupport.table("mlir-opt-floats.txt");
        assertEquals(true, a.size() > 600 && f.size() > 3000, a.size() + " / " + f.size());
    }
}
