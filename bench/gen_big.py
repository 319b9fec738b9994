#!/usr/bin/env python3
"""Generates a large MLIR module of func/arith/scf/memref ops for parse/print benchmarks.

Usage: gen_big.py N_OPS > big.mlir   (custom form; pipe through `jopt --print-op-generic` for the generic form)
Deterministic: the same N gives the same file.
"""
import random
import sys


def gen(n_ops, out):
    rnd = random.Random(42)
    ops_per_func = 1000
    n_funcs = max(1, n_ops // ops_per_func)
    w = out.write
    w("module {\n")
    w('  memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>\n')
    for f in range(n_funcs):
        w(f"  func.func @f{f}(%arg0: i32, %arg1: f32, %arg2: memref<?xf32>, %arg3: index) -> i32 {{\n")
        w("    %c0 = arith.constant 0 : index\n")
        w("    %c1 = arith.constant 1 : index\n")
        ints = ["%arg0"]
        floats = ["%arg1"]
        k = 0
        emitted = 2
        while emitted < ops_per_func - 8:
            r = rnd.random()
            if r < 0.35:
                a, b = rnd.choice(ints), rnd.choice(ints)
                op = rnd.choice(["addi", "subi", "muli", "xori", "andi"])
                w(f"    %i{k} = arith.{op} {a}, {b} : i32\n")
                ints.append(f"%i{k}")
                emitted += 1
            elif r < 0.65:
                a, b = rnd.choice(floats), rnd.choice(floats)
                op = rnd.choice(["addf", "mulf", "subf", "maximumf"])
                w(f"    %f{k} = arith.{op} {a}, {b} : f32\n")
                floats.append(f"%f{k}")
                emitted += 1
            elif r < 0.75:
                a, b = rnd.choice(ints), rnd.choice(ints)
                w(f"    %b{k} = arith.cmpi slt, {a}, {b} : i32\n")
                w(f"    %s{k} = arith.select %b{k}, {a}, {b} : i32\n")
                ints.append(f"%s{k}")
                emitted += 2
            elif r < 0.85:
                w(f"    %l{k} = memref.load %arg2[%c1] : memref<?xf32>\n")
                w(f"    memref.store %l{k}, %arg2[%c0] : memref<?xf32>\n")
                floats.append(f"%l{k}")
                emitted += 2
            else:
                a = rnd.choice(floats)
                w(f"    %r{k} = scf.for %iv = %c0 to %arg3 step %c1 iter_args(%acc = {a}) -> (f32) {{\n")
                w(f"      %t{k} = arith.addf %acc, {a} : f32\n")
                w(f"      scf.yield %t{k} : f32\n")
                w("    }\n")
                floats.append(f"%r{k}")
                emitted += 3
            if len(ints) > 16:
                ints = ints[-16:]
            if len(floats) > 16:
                floats = floats[-16:]
            k += 1
        w(f"    return {ints[-1]} : i32\n")
        w("  }\n")
    w("}\n")


if __name__ == "__main__":
    gen(int(sys.argv[1]) if len(sys.argv) > 1 else 100000, sys.stdout)
