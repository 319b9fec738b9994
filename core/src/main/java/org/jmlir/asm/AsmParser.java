package org.jmlir.asm;

import java.math.BigInteger;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;

/**
 * What dialect type/attribute parsers and custom op parsers use. Failures throw {@link ParseException}, which the
 * parser reports as a located diagnostic, so hand-written parsers read straight-line.
 */
public interface AsmParser {
    Context context();

    /** The location of the next token. */
    Location currentLocation();

    /** Reports an error at the next token and returns the exception to throw. */
    ParseException error(String message);

    /** Reports an error at a location remembered earlier. */
    ParseException errorAt(Location loc, String message);

    /** Consumes the punctuation {@code p} (e.g. {@code "("}, {@code "->"}, {@code "="}) or throws. */
    void parse(String punctuation);

    /** Consumes the punctuation {@code p} if it is next. */
    boolean parseOptional(String punctuation);

    void parseKeyword(String keyword);

    boolean parseOptionalKeyword(String keyword);

    /** A bare identifier (keyword), or null if the next token is not one. */
    String parseOptionalKeyword();

    String parseKeyword();

    /** A keyword or a string literal. */
    String parseKeywordOrString();

    String parseString();

    String parseOptionalString();

    BigInteger parseInteger();

    /** An integer if one is next, else null. Accepts a leading minus. */
    BigInteger parseOptionalInteger();

    /** A float or integer literal read as a double (hex literals are taken as the bits of {@code type}). */
    double parseFloat(Type type);

    Type parseType();

    Type parseOptionalType();

    /** Parses {@code : type}. */
    Type parseColonType();

    /** Parses {@code : t1, t2}. */
    List<Type> parseColonTypeList();

    List<Type> parseTypeList();

    /** Parses {@code -> T} or {@code -> (T1, T2)}; nothing if there is no arrow. */
    List<Type> parseOptionalArrowTypeList();

    /** Parses {@code (T1, T2) -> R}. */
    org.jmlir.ir.type.FunctionType parseFunctionType();

    Attribute parseAttribute();

    /** Parses an attribute whose type is implied (e.g. {@code 1} with {@code i32}); a {@code : type} may still follow. */
    Attribute parseAttribute(Type type);

    Attribute parseOptionalAttribute();

    /** Parses {@code {a = 1, b}} if present, else returns an empty list. */
    List<NamedAttribute> parseOptionalAttrDict();

    /** Parses {@code attributes {a = 1}} if present. */
    List<NamedAttribute> parseOptionalAttrDictWithKeyword();

    /** Parses {@code @name}; returns the name. */
    String parseSymbolName();

    String parseOptionalSymbolName();

    /** Parses an integer list like {@code 2x3x?} as used in shapes; {@code ?} is dynamic. */
    List<Long> parseDimensionList(boolean allowDynamic, boolean withTrailingX);

    /** True if the next token is the given punctuation or keyword, without consuming it. */
    boolean peek(String tokenSpelling);

    /** The spelling of the next token. */
    String peekSpelling();
}
