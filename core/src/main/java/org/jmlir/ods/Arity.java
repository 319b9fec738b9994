package org.jmlir.ods;

/** How many values an operand/result/region/successor declaration stands for. */
public enum Arity {
    SINGLE, OPTIONAL, VARIADIC;

    public boolean isVariable() { return this != SINGLE; }
}
