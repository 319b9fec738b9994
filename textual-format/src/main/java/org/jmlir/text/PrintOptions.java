package org.jmlir.text;

/** How to print IR: generic or custom form, with or without locations. */
public record PrintOptions(boolean generic, boolean debugInfo, boolean prettyDebugInfo) {
    public static final PrintOptions DEFAULT = new PrintOptions(false, false, false);
    public static final PrintOptions GENERIC = new PrintOptions(true, false, false);

    public PrintOptions withGeneric(boolean g) { return new PrintOptions(g, debugInfo, prettyDebugInfo); }

    public PrintOptions withDebugInfo(boolean d) { return new PrintOptions(generic, d, prettyDebugInfo); }
}
