package org.jmlir.lit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The file and text utilities RUN lines commonly use, implemented in-process so that no shell or coreutils are
 * needed: echo, cat, rm, mkdir, cp, mv, touch, true, false, ':' and LLVM's count. Paths are relative to the
 * test's working directory.
 */
final class Builtins {
    /** A built-in command: arguments after the name, stdin bytes, output streams, working directory. */
    @FunctionalInterface
    interface Builtin {
        int run(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) throws IOException;
    }

    static final Map<String, Builtin> ALL = Map.ofEntries(
            Map.entry("echo", Builtins::echo),
            Map.entry("cat", Builtins::cat),
            Map.entry("rm", Builtins::rm),
            Map.entry("mkdir", Builtins::mkdir),
            Map.entry("cp", Builtins::cp),
            Map.entry("mv", Builtins::mv),
            Map.entry("touch", Builtins::touch),
            Map.entry("true", (a, in, out, err, cwd) -> 0),
            Map.entry(":", (a, in, out, err, cwd) -> 0),
            Map.entry("false", (a, in, out, err, cwd) -> 1),
            Map.entry("count", Builtins::count),
            Map.entry("diff", Diff::run));

    private Builtins() {}

    static int echo(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) {
        boolean newline = true;
        boolean escapes = false;
        int i = 0;
        while (i < args.size() && args.get(i).matches("-[neE]+")) {
            for (char c : args.get(i).substring(1).toCharArray()) {
                if (c == 'n') newline = false;
                else escapes = c == 'e';
            }
            i++;
        }
        String text = String.join(" ", args.subList(i, args.size()));
        if (escapes) text = unescape(text);
        out.print(text);
        if (newline) out.print('\n');
        return 0;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'a' -> sb.append('\007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\013');
                case '0' -> {
                    int v = 0;
                    int n = 0;
                    while (n < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        n++;
                    }
                    sb.append((char) v);
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    static int cat(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) throws IOException {
        List<String> files = args.isEmpty() ? List.of("-") : args;
        int status = 0;
        for (String f : files) {
            if (f.equals("-")) {
                out.write(stdin);
                continue;
            }
            try {
                out.write(Files.readAllBytes(cwd.resolve(f)));
            } catch (NoSuchFileException e) {
                err.println("cat: " + f + ": No such file or directory");
                status = 1;
            } catch (IOException e) {
                err.println("cat: " + f + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    static int rm(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) throws IOException {
        boolean force = false;
        boolean recursive = false;
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-") && a.length() > 1 && paths.isEmpty()) {
                for (char c : a.substring(1).toCharArray()) {
                    if (c == 'f') force = true;
                    else if (c == 'r' || c == 'R') recursive = true;
                    else {
                        err.println("rm: unsupported option -" + c);
                        return 1;
                    }
                }
            } else {
                paths.add(a);
            }
        }
        int status = 0;
        for (String p : paths) {
            Path path = cwd.resolve(p);
            if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!force) {
                    err.println("rm: cannot remove '" + p + "': No such file or directory");
                    status = 1;
                }
                continue;
            }
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !recursive) {
                err.println("rm: cannot remove '" + p + "': Is a directory");
                status = 1;
                continue;
            }
            deleteTree(path);
        }
        return status;
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    static int mkdir(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd)
            throws IOException {
        boolean parents = args.contains("-p");
        int status = 0;
        for (String a : args) {
            if (a.equals("-p")) continue;
            Path p = cwd.resolve(a);
            try {
                if (parents) Files.createDirectories(p);
                else Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                err.println("mkdir: cannot create directory '" + a + "': File exists");
                status = 1;
            } catch (NoSuchFileException e) {
                err.println("mkdir: cannot create directory '" + a + "': No such file or directory");
                status = 1;
            }
        }
        return status;
    }

    static int cp(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) throws IOException {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (paths.size() < 2) {
            err.println("cp: missing destination file operand");
            return 1;
        }
        Path dest = cwd.resolve(paths.getLast());
        for (String src : paths.subList(0, paths.size() - 1)) {
            Path from = cwd.resolve(src);
            Path to = Files.isDirectory(dest) ? dest.resolve(from.getFileName()) : dest;
            try {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            } catch (NoSuchFileException e) {
                err.println("cp: cannot stat '" + src + "': No such file or directory");
                return 1;
            } catch (DirectoryNotEmptyException e) {
                err.println("cp: cannot overwrite directory '" + paths.getLast() + "'");
                return 1;
            }
        }
        return 0;
    }

    static int mv(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) throws IOException {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (paths.size() != 2) {
            err.println("mv: expected a source and a destination");
            return 1;
        }
        Path from = cwd.resolve(paths.get(0));
        Path dest = cwd.resolve(paths.get(1));
        if (Files.isDirectory(dest)) dest = dest.resolve(from.getFileName());
        try {
            Files.move(from, dest, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            err.println("mv: cannot stat '" + paths.get(0) + "': No such file or directory");
            return 1;
        }
        return 0;
    }

    static int touch(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd)
            throws IOException {
        for (String a : args) {
            Path p = cwd.resolve(a);
            if (Files.exists(p)) Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis()));
            else Files.createFile(p);
        }
        return 0;
    }

    /** LLVM's count: succeeds when stdin has exactly N newline characters. */
    static int count(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) {
        long expected;
        try {
            if (args.size() != 1) throw new NumberFormatException();
            expected = Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            err.println("usage: count <expected number of lines>");
            return 2;
        }
        long lines = 0;
        for (byte b : stdin) if (b == '\n') lines++;
        if (lines != expected) {
            err.println("Expected " + expected + " lines, got " + lines + ".");
            return 1;
        }
        return 0;
    }

    static String text(byte[] bytes) { return new String(bytes, StandardCharsets.UTF_8); }
}
