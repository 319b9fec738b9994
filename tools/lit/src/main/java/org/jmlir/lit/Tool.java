package org.jmlir.lit;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A command that RUN lines can invoke in-process, registered with {@link LitRunner} under its command name.
 *
 * <p>{@code args} are the words after the command name. The return value is the exit status; an exception counts
 * as a crash (status 134, like an abort), which only {@code not --crash} accepts. Tools must not call
 * {@link System#exit}, which would end the whole test JVM.
 */
@FunctionalInterface
public interface Tool {
    int run(List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) throws Exception;
}
