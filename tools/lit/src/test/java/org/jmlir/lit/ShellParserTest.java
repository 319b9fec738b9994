package org.jmlir.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word splitting, quoting, operators and redirections as lit's internal shell does them. */
class ShellParserTest {
    private static ShellSyntax.Command command(String line) throws ShellParser.SyntaxError {
        return (ShellSyntax.Command) ShellParser.parse(line);
    }

    private static List<String> words(String line) throws ShellParser.SyntaxError {
        return command(line).args().stream().map(ShellSyntax.Word::text).toList();
    }

    @Test
    void quoting() throws ShellParser.SyntaxError {
        assertEquals(List.of("echo", "a b", "c\\d", "e\"f", "g h", "i'j"),
                words("echo 'a b' 'c\\d' \"e\\\"f\" g\\ h \"i'j\""));
        assertEquals(List.of("x", "a\\nb", "$y"), words("x \"a\\nb\" \"\\$y\""));
        assertEquals(List.of("ab"), words("a'b'"));
        assertThrows(ShellParser.SyntaxError.class, () -> ShellParser.parse("echo 'open"));
    }

    @Test
    void pipelinesAndSequences() throws ShellParser.SyntaxError {
        ShellSyntax.Node n = ShellParser.parse("a | b | c && d || e ; f");
        assertTrue(n instanceof ShellSyntax.Sequence s && s.op().equals(";"));
        ShellSyntax.Sequence top = (ShellSyntax.Sequence) n;
        ShellSyntax.Sequence or = (ShellSyntax.Sequence) top.left();
        ShellSyntax.Sequence and = (ShellSyntax.Sequence) or.left();
        assertEquals(3, ((ShellSyntax.Pipeline) and.left()).commands().size());
        assertThrows(ShellParser.SyntaxError.class, () -> ShellParser.parse("a |"));
        assertThrows(ShellParser.SyntaxError.class, () -> ShellParser.parse("| a"));
    }

    @Test
    void redirections() throws ShellParser.SyntaxError {
        ShellSyntax.Command c = command("tool in.mlir 2>&1 > out.txt 2>>err < in &> both >& also");
        assertEquals(List.of("tool", "in.mlir"), c.args().stream().map(ShellSyntax.Word::text).toList());
        assertEquals(List.of(new ShellSyntax.Redirect(2, ">&", "1"), new ShellSyntax.Redirect(-1, ">", "out.txt"),
                new ShellSyntax.Redirect(2, ">>", "err"), new ShellSyntax.Redirect(-1, "<", "in"),
                new ShellSyntax.Redirect(-1, "&>", "both"), new ShellSyntax.Redirect(-1, ">&", "also")),
                c.redirects());
        // A quoted or non-numeric word before '>' is an argument, not a file descriptor.
        assertEquals(List.of("echo", "2"), words("echo '2'>x"));
        assertThrows(ShellParser.SyntaxError.class, () -> ShellParser.parse("echo >"));
    }

    @Test
    void globsAreMarkedOnlyWhenUnquoted() throws ShellParser.SyntaxError {
        List<ShellSyntax.Word> w = command("ls *.mlir '*.txt'").args();
        assertTrue(w.get(1).glob());
        assertTrue(!w.get(2).glob());
    }
}
