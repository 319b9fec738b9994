package org.jmlir.tools.opt;

import static org.jmlir.tools.opt.Robustness.abbreviate;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.diag.Severity;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;
import org.jmlir.text.PrintOptions;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Bad input never makes the parser or jopt throw or hang: random token soups, and random mutations (characters or
 * tokens deleted, duplicated, swapped, inserted) of valid random modules. {@link MlirText#parse} returns a module
 * exactly when it reported no error (and then verifying and printing it do not throw either); {@link JOpt#run}
 * exits with 0 or 1, without internal error or stack trace, every error located. All of it on an ordinary 1 MB
 * stack, with a time limit.
 */
class ParserNeverThrowsPropertiesTest {
    /** Parses, verifies and prints on an ordinary stack; fails on anything thrown, a hang, or a broken contract. */
    static void assertParseIsTotal(String text, String what) {
        Robustness.Run<String> run = Robustness.onThread(() -> {
            Context ctx = RandomModules.context();
            List<String> errors = new ArrayList<>();
            ctx.diagnostics().addHandler(d -> {
                if (d.severity() == Severity.ERROR) errors.add(d.message());
            });
            Operation m = MlirText.parse(ctx, text, "fuzz.mlir");
            ctx.diagnostics().flush();
            if (m == null && errors.isEmpty()) return "parse returned null without reporting an error";
            if (m != null && !errors.isEmpty()) return "parse returned a module after reporting " + errors;
            if (m != null && Verifier.verify(m)) {
                MlirText.print(m, PrintOptions.DEFAULT);
                MlirText.print(m, new PrintOptions(true, true, false));
            }
            return null;
        }, Robustness.NORMAL_STACK, Robustness.DEFAULT_TIMEOUT);
        String context = what + "\n--- input:\n" + abbreviate(text, 4000);
        if (run.timedOut()) fail("parsing did not finish in time: " + context);
        if (run.thrown() != null) throw new AssertionError("parsing threw " + run.thrown() + ": " + context, run.thrown());
        if (run.value() != null) fail(run.value() + ": " + context);
    }

    static void assertJOptWellBehaved(String text, List<String> extraArgs, String what) {
        List<String> args = new ArrayList<>(List.of("--allow-unregistered-dialect"));
        args.addAll(extraArgs);
        Robustness.assertWellBehaved(Robustness.jopt(args, text), text, what + " " + args);
    }

    private static final List<List<String>> FLAG_SETS = List.of(List.of(), List.of("--mlir-print-op-generic"),
        List.of("--mlir-print-debuginfo"), List.of("--split-input-file"), List.of("--verify-diagnostics"));

    @Test
    void tokenSoupNeverBreaksTheParser() {
        TextRoundTripPropertiesTest.theory(500)
            .forAll(Generate.longRange(0, Long.MAX_VALUE / 2), Generate.range(1, 60))
            .checkAssert((seed, n) -> {
                String text = new Mutator(seed).soup(n);
                assertParseIsTotal(text, "soup seed " + seed + " tokens " + n);
                assertJOptWellBehaved(text, FLAG_SETS.get((int) (seed % FLAG_SETS.size())), "soup seed " + seed);
            });
    }

    @Test
    void mutatedModulesNeverBreakTheParser() {
        TextRoundTripPropertiesTest.theory(400)
            .forAll(TextRoundTripPropertiesTest.seeds(), TextRoundTripPropertiesTest.sizes(),
                Generate.longRange(0, Long.MAX_VALUE / 2), Generate.range(1, 8))
            .checkAssert((seed, size, mutationSeed, mutations) -> {
                Operation m = TextRoundTripPropertiesTest.module(seed, size);
                PrintOptions o = new PrintOptions(mutationSeed % 2 == 0, mutationSeed % 3 == 0, false);
                String text = new Mutator(mutationSeed).mutate(MlirText.print(m, o), mutations);
                String what = "module seed " + seed + " size " + size + " printed " + o + ", " + mutations
                    + " mutations seed " + mutationSeed;
                assertParseIsTotal(text, what);
                assertJOptWellBehaved(text, FLAG_SETS.get((int) (mutationSeed % FLAG_SETS.size())), what);
            });
    }
}
