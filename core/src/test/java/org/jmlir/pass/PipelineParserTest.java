package org.jmlir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineParserTest {
    /** A pass with one option of each kind, anchored anywhere. */
    public static final class Opts extends Pass {
        final PassOption<Integer> n = intOption("n", "a number", 10);
        final PassOption<Boolean> flag = boolOption("flag", "a flag", false);
        final PassOption<List<String>> names = stringListOption("names", "some names");

        @Override public String argument() { return "opts"; }

        @Override protected void runOnOperation() {}
    }

    /** A pass restricted to func.func. */
    public static final class OnFunc extends Pass {
        @Override public String argument() { return "on-func"; }

        @Override public String anchorOpName() { return "func.func"; }

        @Override protected void runOnOperation() {}
    }

    private static PassRegistry registry() {
        PassRegistry r = new PassRegistry();
        r.register(new PassInfo("opts", "", Opts::new), "test");
        r.register(new PassInfo("on-func", "", OnFunc::new), "test");
        return r;
    }

    private static OpPassManager parse(String text) throws PipelineException {
        return new PipelineParser(registry()).parse(text);
    }

    @Test
    void printsBackTheSamePipelineWithOptionsSortedAndEmptyListsBlank() throws Exception {
        OpPassManager pm = parse("builtin.module(func.func(on-func,opts{n=3 flag}),opts)");
        assertEquals("builtin.module(func.func(on-func,opts{flag=true n=3 }),opts{flag=false n=10 })",
            pm.pipelineText());
        assertEquals(pm.pipelineText(), parse(pm.pipelineText()).pipelineText());
        assertEquals(3, ((Opts) ((OpPassManager) pm.elements().get(0)).elements().get(1)).n.get());
    }

    @Test
    void listOptionsTakeBracedValues() throws Exception {
        Opts p = (Opts) parse("builtin.module(opts{names={a,b}})").elements().get(0);
        assertEquals(List.of("a", "b"), p.names.get());
    }

    @Test
    void errorsAreWordedAsMlirOpt() {
        assertTrue(assertThrows(PipelineException.class, () -> parse("builtin.module(foo)")).getMessage()
            .startsWith("MLIR Textual PassPipeline Parser:1:1: error: 'foo' does not refer to a registered pass"));
        assertEquals("MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while "
            + "parsing pipeline\nfunc.func(opts\n          ^",
            assertThrows(PipelineException.class, () -> parse("builtin.module(func.func(opts)")).getMessage());
        assertTrue(assertThrows(PipelineException.class, () -> parse("builtin.module(func.func(opts)))"))
            .getMessage().contains("encountered extra closing ')'"));
        assertTrue(assertThrows(PipelineException.class, () -> parse("builtin.module(opts{bogus=1})"))
            .getMessage().startsWith("<Pass-Options-Parser>: no such option bogus"));
        assertTrue(assertThrows(PipelineException.class, () -> parse("builtin.module(opts{n=x})"))
            .getMessage().contains("Invalid value 'x' for option 'n'"));
        assertTrue(assertThrows(PipelineException.class, () -> parse("opts")).getMessage()
            .startsWith("expected pass pipeline to be wrapped with the anchor operation type"));
        assertTrue(assertThrows(PipelineException.class, () -> parse("builtin.module(on-func)")).getMessage()
            .contains("restricted to 'func.func'"));
    }

    @Test
    void addPassNestsAnchoredPassesImplicitly() {
        OpPassManager pm = new OpPassManager("builtin.module");
        pm.addPass(new OnFunc()).addPass(new OnFunc()).addPass(new Opts());
        assertEquals("builtin.module(func.func(on-func,on-func),opts{flag=false n=10 })", pm.pipelineText());
    }

    @Test
    void prettyTextIndentsNestedPipelines() throws Exception {
        assertEquals("builtin.module(\n  func.func(\n    on-func\n  ),\n  opts{flag=false n=10 }\n)",
            parse("builtin.module(func.func(on-func),opts)").prettyText());
    }
}
