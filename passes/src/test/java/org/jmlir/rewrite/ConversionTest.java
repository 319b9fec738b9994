package org.jmlir.rewrite;

import static org.jmlir.rewrite.GreedyDriverTest.parse;
import static org.jmlir.rewrite.GreedyDriverTest.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.Test;

/** Dialect conversion from the rt test dialect to unregistered {@code lo.*} ops. */
class ConversionTest {
    static final IntegerType I32 = IntegerType.I32;
    static final IntegerType I64 = IntegerType.I64;

    /** rt.neg to lo.neg, keeping types. */
    static final ConversionPattern NEG_TO_LO = ConversionPattern.of("NegToLo", "rt.neg", null, (op, operands, rw) -> {
        Operation lo = rw.create("lo.neg", op.location(), operands, op.resultTypes());
        rw.replaceOp(op, lo);
        return true;
    });

    static List<String> errors(Operation m) {
        List<String> out = new ArrayList<>();
        m.context().diagnostics().addHandler((Diagnostic d) -> out.add(d.message()));
        return out;
    }

    static String fn(String body) { return "module {\n  func.func @f(%arg0: i32) {\n" + body + "    return\n  }\n}\n"; }

    static ConversionTarget loTarget() {
        return new ConversionTarget().addLegalDialect("lo", "func", "builtin").addIllegalDialect("rt")
            .addLegalOp("rt.sink");
    }

    @Test void partialConversionRewritesIllegalOps() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %b = "rt.neg"(%a) : (i32) -> i32
              "rt.sink"(%b) : (i32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(NEG_TO_LO).freeze());
        assertTrue(r.succeeded());
        assertEquals(fn("""
                %0 = "lo.neg"(%arg0) : (i32) -> i32
                %1 = "lo.neg"(%0) : (i32) -> i32
                "rt.sink"(%1) : (i32) -> ()
            """), print(m));
    }

    @Test void explicitlyIllegalOpWithoutPatternFailsAndRollsBack() {
        String ir = """
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %c = "rt.add"(%a, %a) : (i32, i32) -> i32
              "rt.sink"(%c) : (i32) -> ()
              return
            }""";
        Operation m = parse(ir);
        String before = print(m);
        List<String> errors = errors(m);
        var r = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(NEG_TO_LO).freeze());
        assertFalse(r.succeeded());
        assertEquals(List.of("failed to legalize operation 'rt.add' that was explicitly marked illegal"), errors);
        assertEquals(before, print(m));
    }

    @Test void fullConversionRejectsUnknownOps() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              "other.op"(%a) : (i32) -> ()
              return
            }""");
        String before = print(m);
        List<String> errors = errors(m);
        var r = DialectConversion.applyFullConversion(m, loTarget(), new RewritePatternSet().add(NEG_TO_LO).freeze());
        assertFalse(r.succeeded());
        assertEquals(List.of("failed to legalize operation 'other.op'"), errors);
        assertEquals(before, print(m));
        // a partial conversion leaves the unknown op and reports it unconverted
        var p = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(NEG_TO_LO).freeze());
        assertTrue(p.succeeded());
        assertEquals(1, p.unconvertedOps().size());
        assertEquals("other.op", p.unconvertedOps().getFirst().name());
    }

    @Test void aPatternWhoseResultCannotBeLegalizedIsUndoneAndTheNextTried() {
        ConversionPattern toIllegal = ConversionPattern.of("ToIllegal", "rt.neg", 5, null, (op, operands, rw) -> {
            Operation bad = rw.create("rt.add", op.location(), List.of(operands.get(0), operands.get(0)),
                op.resultTypes());
            rw.replaceOp(op, bad);
            return true;
        });
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              "rt.sink"(%a) : (i32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, loTarget(),
            new RewritePatternSet().add(toIllegal, NEG_TO_LO).freeze());
        assertTrue(r.succeeded());
        assertEquals(fn("""
                %0 = "lo.neg"(%arg0) : (i32) -> i32
                "rt.sink"(%0) : (i32) -> ()
            """), print(m));
    }

    static TypeConverter i32ToI64(boolean withMaterializations) {
        TypeConverter tc = new TypeConverter();
        tc.addConversion((Type t) -> t);
        tc.addConversion((Type t) -> t.equals(I32) ? I64 : null);
        if (withMaterializations) {
            tc.addTargetMaterialization((b, type, inputs, loc) ->
                b.create("lo.ext", loc, inputs, List.of(type)).result(0));
            tc.addSourceMaterialization((b, type, inputs, loc) ->
                b.create("lo.trunc", loc, inputs, List.of(type)).result(0));
        }
        return tc;
    }

    static ConversionPattern negToWide(TypeConverter tc) {
        return ConversionPattern.of("NegToWide", "rt.neg", tc, (op, operands, rw) -> {
            Type t = tc.convertType(op.result(0).type());
            Operation lo = rw.create("lo.neg", op.location(), operands, List.of(t));
            rw.replaceOp(op, lo);
            return true;
        });
    }

    @Test void operandsAreConvertedAndUnconvertedUsersGetMaterializations() {
        TypeConverter tc = i32ToI64(true);
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %b = "rt.neg"(%a) : (i32) -> i32
              "rt.sink"(%b) : (i32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(negToWide(tc)).freeze());
        assertTrue(r.succeeded());
        assertEquals(fn("""
                %0 = "lo.ext"(%arg0) : (i32) -> i64
                %1 = "lo.neg"(%0) : (i64) -> i64
                %2 = "lo.neg"(%1) : (i64) -> i64
                %3 = "lo.trunc"(%2) : (i64) -> i32
                "rt.sink"(%3) : (i32) -> ()
            """), print(m));
    }

    @Test void missingMaterializationIsAnError() {
        TypeConverter tc = i32ToI64(false);
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              "rt.sink"(%a) : (i32) -> ()
              return
            }""");
        List<String> errors = errors(m);
        var r = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(negToWide(tc)).freeze());
        assertFalse(r.succeeded());
        assertTrue(errors.contains("failed to legalize unresolved materialization from ('i32') to ('i64') that "
            + "remained live after conversion"), errors.toString());
    }

    @Test void withoutATypeConverterCastsRemainForReconcile() {
        ConversionPattern widen = ConversionPattern.of("Widen", "rt.neg", null, (op, operands, rw) -> {
            Value in = operands.get(0);
            Operation ext = rw.create("lo.ext", op.location(), List.of(in), List.of(I64));
            Operation lo = rw.create("lo.neg", op.location(), ext.results(), List.of(I64));
            rw.replaceOp(op, lo);
            return true;
        });
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              "rt.sink"(%a) : (i32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, loTarget(), new RewritePatternSet().add(widen).freeze());
        assertTrue(r.succeeded());
        assertEquals(fn("""
                %0 = "lo.ext"(%arg0) : (i32) -> i64
                %1 = "lo.neg"(%0) : (i64) -> i64
                %2 = builtin.unrealized_conversion_cast %1 : i64 to i32
                "rt.sink"(%2) : (i32) -> ()
            """), print(m));
    }

    @Test void dynamicLegalityAndSignatureConversion() {
        TypeConverter tc = i32ToI64(true);
        ConversionTarget target = new ConversionTarget().addLegalDialect("lo", "builtin").addLegalOp("rt.sink")
            .addDynamicallyLegalOp("func.func", op -> tc.isSignatureLegal(
                (FunctionType) ((TypeAttr) op.attr("function_type")).value()))
            .addLegalOp("func.return");
        ConversionPattern funcSig = ConversionPattern.of("FuncSignature", "func.func", tc, (op, operands, rw) -> {
            FunctionType ft = (FunctionType) ((TypeAttr) op.attr("function_type")).value();
            TypeConverter.SignatureConversion sig = tc.convertSignature(ft.inputs());
            List<Type> results = tc.convertTypes(ft.results());
            if (sig == null || results == null) return false;
            if (rw.convertRegionTypes(op.region(0), tc, sig) == null) return false;
            rw.modifyOpInPlace(op, () -> op.setAttr("function_type",
                new TypeAttr(new FunctionType(sig.convertedTypes(), results))));
            return true;
        });
        Operation m = parse("""
            func.func @f(%x: i32, %y: f32) {
              "rt.sink"(%x, %y) : (i32, f32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, target, new RewritePatternSet().add(funcSig).freeze());
        assertTrue(r.succeeded());
        assertEquals("""
            module {
              func.func @f(%arg0: i64, %arg1: f32) {
                %0 = "lo.trunc"(%arg0) : (i64) -> i32
                "rt.sink"(%0, %arg1) : (i32, f32) -> ()
                return
              }
            }
            """, MlirText.print(m));
    }

    @Test void illegalOpsThatFoldNeedNoPattern() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %c1 = "rt.const"() {value = 1 : i32} : () -> i32
              %c2 = "rt.const"() {value = 2 : i32} : () -> i32
              %s = "rt.add"(%c1, %c2) : (i32, i32) -> i32
              "rt.sink"(%s) : (i32) -> ()
              return
            }""");
        ConversionTarget target = loTarget().addLegalOp("rt.const");
        var r = DialectConversion.applyFullConversion(m, target.addLegalOp("builtin.module"),
            FrozenRewritePatternSet.empty());
        assertTrue(r.succeeded());
        assertTrue(print(m).contains("\"rt.const\"() <{value = 3 : i32}>"), print(m));
        assertFalse(print(m).contains("rt.add"), print(m));
    }

    @Test void aFailingPatternsChangesAreUndoneEvenAcrossBlocks() {
        TypeConverter tc = i32ToI64(true);
        ConversionPattern changesThenFails = ConversionPattern.of("ChangesThenFails", "rt.neg", 9, tc,
            (op, operands, rw) -> {
                Operation func = op.parentOp();
                rw.convertRegionTypes(func.region(0), tc, null);
                rw.create("lo.junk", op.location(), List.of(), List.of());
                rw.eraseOp(op);
                return false;
            });
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              "rt.sink"(%a) : (i32) -> ()
              return
            }""");
        var r = DialectConversion.applyPartialConversion(m, loTarget(),
            new RewritePatternSet().add(changesThenFails, NEG_TO_LO).freeze());
        assertTrue(r.succeeded());
        assertEquals(fn("""
                %0 = "lo.neg"(%arg0) : (i32) -> i32
                "rt.sink"(%0) : (i32) -> ()
            """), print(m));
    }
}
