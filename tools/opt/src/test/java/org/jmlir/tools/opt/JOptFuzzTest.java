package org.jmlir.tools.opt;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Jazzer fuzz target: any bytes, read as UTF-8, must leave {@code MlirText.parse} and {@code JOpt.run} well
 * behaved (see {@link ParserNeverThrowsPropertiesTest}). Under {@code mvn test} it runs in Jazzer's regression
 * mode, as an ordinary unit test over the empty input and the inputs under {@code
 * src/test/resources/org/jmlir/tools/opt/JOptFuzzTestInputs/joptIsTotal/}; to fuzz, coverage-guided, run it with
 * {@code JAZZER_FUZZ=1 mvn -pl tools/opt test -Dtest=JOptFuzzTest} (findings are written next to those inputs).
 */
class JOptFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void joptIsTotal(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParserNeverThrowsPropertiesTest.assertParseIsTotal(text, "jazzer input");
        ParserNeverThrowsPropertiesTest.assertJOptWellBehaved(text, List.of(), "jazzer input");
    }
}
