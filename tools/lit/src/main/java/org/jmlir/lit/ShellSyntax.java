package org.jmlir.lit;

import java.util.List;

/** The syntax tree of a RUN line, as lit's internal shell sees it. */
final class ShellSyntax {
    private ShellSyntax() {}

    /** A parsed shell word; {@code glob} when it has an unquoted '*' or '?'. */
    record Word(String text, boolean glob) {}

    /** {@code [fd]op target}, e.g. {@code 2>&1} is {@code (2, ">&", "1")}; fd is -1 when not written. */
    record Redirect(int fd, String op, String target) {}

    sealed interface Node permits Command, Pipeline, Sequence {}

    record Command(List<Word> args, List<Redirect> redirects) implements Node {}

    record Pipeline(List<Command> commands) implements Node {}

    /** {@code left op right} with op one of {@code ;}, {@code &&}, {@code ||}, {@code &}; left-associative. */
    record Sequence(Node left, String op, Node right) implements Node {}
}
