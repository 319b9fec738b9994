package org.jmlir.text;

/** The token kinds of MLIR's textual format. */
public enum TokenKind {
    EOF, ERROR,
    BARE_IDENTIFIER,      // foo, i32, f32, func.func, memref
    PERCENT_IDENTIFIER,   // %x, %0, %x#1 is split: % id then '#' handled by the parser
    CARET_IDENTIFIER,     // ^bb0
    AT_IDENTIFIER,        // @sym or @"quoted"
    HASH_IDENTIFIER,      // #alias, #dialect.attr
    EXCLAMATION_IDENTIFIER, // !alias, !dialect.type
    INTEGER,              // 42, 0x1F
    FLOAT,                // 1.5, 1e10
    STRING,               // "text" (escapes kept raw; decoded by Lexer.decodeString)
    FILE_METADATA_BEGIN,  // {-#
    FILE_METADATA_END,    // #-}
    // punctuation
    ARROW, COLON, COMMA, EQUAL, ELLIPSIS, GREATER, LESS, LBRACE, RBRACE, LPAREN, RPAREN, LSQUARE, RSQUARE,
    MINUS, PLUS, QUESTION, STAR, VERTICAL_BAR, KW_QUESTION_UNUSED
}
