/**
 * MLIR's declarative assembly format, compiled into an op's custom parser and printer.
 *
 * <p>{@link org.jmlir.text.format.AssemblyFormats#compile} turns {@code OpDef.assemblyFormat()} into a
 * {@link org.jmlir.ods.CustomAssembly}. The language is MLIR's: literals ({@code `,`}, {@code `to`}), whitespace
 * literals ({@code ``}, {@code ` `}, {@code `\n`}), variables ({@code $operand}, {@code $attr}, {@code $region},
 * {@code $successor}), the directives {@code attr-dict}, {@code attr-dict-with-keyword}, {@code type(...)},
 * {@code qualified(...)}, {@code operands}, {@code results}, {@code regions}, {@code successors},
 * {@code functional-type(a, b)}, {@code custom<Name>(...)}, {@code ref(...)}, {@code oilist(...)}, and optional groups
 * {@code (... $anchor^ ...)?} with an optional else branch {@code (...) : (...)?}. Spacing follows MLIR's generated
 * printers exactly.
 *
 * <p>What the op definition cannot say is given with {@link org.jmlir.text.format.FormatHints}, registered with
 * {@code OpDef.Builder.implement(FormatHints.class, hints)}:
 * <pre>{@code
 * OpDef.builder("arith.cmpi")
 *     .attr("predicate", Constraints.I64_ATTR)
 *     .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE).result("result", BOOL_LIKE)
 *     .implement(FormatHints.class, FormatHints.builder()
 *         .enumKeywords("predicate", IntegerType.I64, "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")
 *         .allTypesMatch("lhs", "rhs")
 *         .typesMatchWith("lhs", "result", ArithTypes::i1SameShape)
 *         .build())
 *     .assemblyFormat("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)")
 * }</pre>
 * Custom directives are registered by name with {@link org.jmlir.text.format.CustomDirectives#register} (or per op
 * with {@link org.jmlir.text.format.FormatHints.Builder#customDirective}); {@code DynamicIndexList} is built in.
 */
package org.jmlir.text.format;
