package org.jmlir.lit;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes and parses a RUN line with the rules of lit's ShLexer/ShParser: words with '...', "..." and backslash
 * quoting, the operators {@code | || && ; &} and redirections {@code > >> < &> >& 2> 2>&1}, no operator
 * precedence between {@code ;}, {@code &&} and {@code ||}.
 */
final class ShellParser {
    /** A RUN line that is not valid shell syntax. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) { super(message); }
    }

    /** Token: an operator ({@code op != null}, with an optional fd for redirections) or a word. */
    private record Token(String op, int fd, ShellSyntax.Word word) {
        boolean isWord() { return op == null; }
    }

    private final String s;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private ShellParser(String s) { this.s = s; }

    static ShellSyntax.Node parse(String line) throws SyntaxError {
        ShellParser p = new ShellParser(line);
        p.lex();
        if (p.tokens.isEmpty()) throw new SyntaxError("empty command!");
        ShellSyntax.Node node = p.pipeline();
        while (p.next < p.tokens.size()) {
            Token op = p.tokens.get(p.next++);
            if (p.next >= p.tokens.size()) throw new SyntaxError("missing argument to operator '" + op.op() + "'");
            node = new ShellSyntax.Sequence(node, op.op(), p.pipeline());
        }
        return node;
    }

    private ShellSyntax.Node pipeline() throws SyntaxError {
        List<ShellSyntax.Command> commands = new ArrayList<>();
        commands.add(command());
        while (next < tokens.size() && "|".equals(tokens.get(next).op())) {
            next++;
            commands.add(command());
        }
        return commands.size() == 1 ? commands.get(0) : new ShellSyntax.Pipeline(commands);
    }

    private ShellSyntax.Command command() throws SyntaxError {
        if (next >= tokens.size()) throw new SyntaxError("empty command!");
        Token first = tokens.get(next);
        if (!first.isWord()) throw new SyntaxError("syntax error near unexpected token '" + first.op() + "'");
        List<ShellSyntax.Word> args = new ArrayList<>();
        List<ShellSyntax.Redirect> redirects = new ArrayList<>();
        while (next < tokens.size()) {
            Token t = tokens.get(next);
            if (t.isWord()) {
                args.add(t.word());
                next++;
                continue;
            }
            if (List.of("|", ";", "&", "||", "&&").contains(t.op())) break;
            next++;
            if (next >= tokens.size() || !tokens.get(next).isWord()) {
                throw new SyntaxError("syntax error near token '" + t.op() + "'");
            }
            redirects.add(new ShellSyntax.Redirect(t.fd(), t.op(), tokens.get(next++).word().text()));
        }
        return new ShellSyntax.Command(args, redirects);
    }

    private void lex() throws SyntaxError {
        while (pos < s.length()) {
            if (Character.isWhitespace(s.charAt(pos))) {
                pos++;
                continue;
            }
            tokens.add(token());
        }
    }

    private boolean eat(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Token op(String op, int fd) { return new Token(op, fd, null); }

    private Token token() throws SyntaxError {
        char c = s.charAt(pos++);
        switch (c) {
            case ';':
                return op(";", -1);
            case '|':
                return op(eat('|') ? "||" : "|", -1);
            case '&':
                if (eat('&')) return op("&&", -1);
                if (eat('>')) return op("&>", -1);
                return op("&", -1);
            case '>':
                if (eat('&')) return op(">&", -1);
                if (eat('>')) return op(">>", -1);
                return op(">", -1);
            case '<':
                if (eat('&')) return op("<&", -1);
                if (eat('>')) return op("<>", -1);
                return op("<", -1);
            default:
                return word(c);
        }
    }

    private Token word(char first) throws SyntaxError {
        StringBuilder sb = new StringBuilder();
        boolean glob = false;
        boolean quoted = false;
        if (first == '\'' || first == '"') {
            sb.append(quoted(first));
            quoted = true;
        } else if (first == '\\') {
            if (pos < s.length()) sb.append(s.charAt(pos++));
        } else {
            sb.append(first);
            glob = first == '*' || first == '?';
        }
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == '|' || c == '&' || c == ';') break;
            if (c == '>' || c == '<') {
                // "2>" and friends: a number directly before a redirection is its file descriptor.
                if (quoted || sb.isEmpty() || !sb.chars().allMatch(Character::isDigit)) break;
                int fd = Integer.parseInt(sb.toString());
                Token t = token();
                return op(t.op(), fd);
            }
            pos++;
            if (c == '\'' || c == '"') {
                sb.append(quoted(c));
                quoted = true;
            } else if (c == '\\') {
                if (pos < s.length()) sb.append(s.charAt(pos++));
            } else {
                glob |= c == '*' || c == '?';
                sb.append(c);
            }
        }
        return new Token(null, -1, new ShellSyntax.Word(sb.toString(), glob));
    }

    private String quoted(char delim) throws SyntaxError {
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == delim) return sb.toString();
            if (c == '\\' && delim == '"' && pos < s.length()) {
                char e = s.charAt(pos++);
                if (e == '"' || e == '\\' || e == '$') sb.append(e);
                else sb.append('\\').append(e);
            } else {
                sb.append(c);
            }
        }
        throw new SyntaxError("missing quote character in '" + s + "'");
    }
}
