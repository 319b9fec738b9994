package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.List;

/** FileCheck's settings after command-line parsing (the fields of LLVM's FileCheckRequest that we support). */
final class FileCheckOptions {
    String checkFile;
    String inputFile = "-";
    final List<String> checkPrefixes = new ArrayList<>();
    final List<String> commentPrefixes = new ArrayList<>();
    final List<String> implicitCheckNot = new ArrayList<>();
    /** {@code -DNAME=VALUE} and {@code -D#NAME=EXPR}, in order. */
    final List<String> defines = new ArrayList<>();
    boolean strictWhitespace;
    boolean matchFullLines;
    boolean ignoreCase;
    boolean allowEmpty;
    boolean enableVarScope;
    /**
     * LLVM 22 defaults this to false; jmlir's tests may list prefixes that only some RUN lines use, so ours
     * defaults to true (an error is still given when no prefix at all is used).
     */
    boolean allowUnusedPrefixes = true;
    boolean allowDeprecatedDagOverlap;
    boolean verbose;
    boolean veryVerbose;

    boolean isDefaultCheckPrefix() { return checkPrefixes.isEmpty(); }

    List<String> effectiveCheckPrefixes() {
        return checkPrefixes.isEmpty() ? List.of("CHECK") : checkPrefixes;
    }

    List<String> effectiveCommentPrefixes() {
        return commentPrefixes.isEmpty() ? List.of("COM", "RUN") : commentPrefixes;
    }
}
