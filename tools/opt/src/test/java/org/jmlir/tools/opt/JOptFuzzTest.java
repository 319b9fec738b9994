package org.jmlir.tools.opt;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Jazzer fuzz target: any bytes, read as UTF-8, must leave {@code MlirText.parse} and {@code JOpt.run} well
 * behaved (see {@link ParserNeverThrowsPropertiesTest}). Under {@code mvn test} it runs in Jazzer's regression
 * mode, as an ordinary unit test over the empty input and the inputs under {@code
 * src/test/resources/org/jmlir/tools/opt/JOptFuzzTestInputs/joptIsTotal/}. To fuzz, coverage-guided:
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='org.jmlir.**' mvn -o -pl tools/opt test -Dtest=JOptFuzzTest}
 * (without the includes Jazzer instruments only this test's package, and sees about 150 edges instead of 7,000);
 * findings are written next to those inputs, the corpus to {@code tools/opt/.cifuzz-corpus} (ignored by git). Do
 * not rebuild the other modules while it runs: a jar replaced under the running JVM shows up as a bogus finding.
 * Works on JDK 25 (Jazzer 0.30.0 attaches its agent dynamically; JUnit artifacts are aligned by the root pom's
 * junit-bom import, since jazzer-junit brings JUnit 5.9).
 */
class JOptFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void joptIsTotal(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParserNeverThrowsPropertiesTest.assertParseIsTotal(text, "jazzer input");
        ParserNeverThrowsPropertiesTest.assertJOptWellBehaved(text, List.of(), "jazzer input");
    }
}
