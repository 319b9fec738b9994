package org.jmlir.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POSIX ERE (LLVM dialect) to java.util.regex translation. */
class PosixRegexTest {
    private static boolean matches(String ere, String text) throws PosixRegex.SyntaxError {
        String translated = PosixRegex.translate(ere).javaRegex();
        return Pattern.compile(translated, Pattern.MULTILINE | Pattern.UNIX_LINES).matcher(text).find();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "\\d -> d -> true", "\\d -> 5 -> false", "[\\]] -> \\] -> true", "[\\]] -> ] -> false",
        "a{b -> a{b -> true", "[[:digit:]]+ -> 42 -> true", "x{2,3} -> xx -> true", "\\. -> a -> false",
        "[]a] -> ] -> true", "[a-] -> - -> true", "(a)\\1 -> aa -> true", "a|b -> b -> true"})
    void dialect(String ere, String text, boolean expected) throws PosixRegex.SyntaxError {
        assertEquals(expected, matches(ere, text), ere + " on " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "a** -> repetition-operator operand invalid", "a( -> parentheses not balanced",
        "a) -> parentheses not balanced", "a|| -> empty (sub)expression", "(|a) -> empty (sub)expression",
        "[abc -> brackets ([ ]) not balanced", "[z-a] -> invalid character range",
        "[[:foo:]] -> invalid character class", "\\1(a) -> invalid backreference number",
        "x\\ -> trailing backslash (\\)", "a{300} -> invalid repetition count(s)", "a{2 -> braces not balanced",
        "^* -> repetition-operator operand invalid"})
    void errors(String ere, String message) {
        PosixRegex.SyntaxError e = assertThrows(PosixRegex.SyntaxError.class, () -> PosixRegex.translate(ere));
        assertEquals(message, e.getMessage());
    }

    @Test
    void negatedBracketsNeverMatchNewlines() throws PosixRegex.SyntaxError {
        assertFalse(matches("[^a]", "\n"));
        assertTrue(matches("[^a]", "b"));
    }

    @Test
    void emptyExpressionIsAnError() {
        PosixRegex.SyntaxError e = assertThrows(PosixRegex.SyntaxError.class, () -> PosixRegex.translate(""));
        assertEquals("empty (sub)expression", e.getMessage());
    }

    @Test
    void groupsAreCountedAndAlternationNoticed() throws PosixRegex.SyntaxError {
        PosixRegex.Result r = PosixRegex.translate("(a)(b(c))|d");
        assertEquals(3, r.groups());
        assertTrue(r.hasAlternation());
        assertFalse(PosixRegex.translate("[|]").hasAlternation());
    }
}
