// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s -mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC
// RUN: jopt %s -mlir-print-debuginfo | FileCheck %s --check-prefix=LOC
// RUN: jopt %s -split-input-file | FileCheck %s --check-prefix=SPLIT
// RUN: jopt %s --split-input-file | FileCheck %s --check-prefix=SPLIT
// RUN: jopt %s -verify-diagnostics | FileCheck %s --check-prefix=CUSTOM
// RUN: jopt %s -allow-unregistered-dialect | FileCheck %s --check-prefix=CUSTOM
// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=CUSTOM
// RUN: jopt -allow-unregistered-dialect %s -mlir-print-op-generic -mlir-print-debuginfo | FileCheck %s --check-prefixes=GENERIC,LOC

// The mlir-opt spellings of the options, with one or two dashes, in any order
// relative to the input file.

// GENERIC: "func.func"() <{function_type = () -> (), sym_name = "f"}> ({
// LOC: loc(#loc
// SPLIT: func.func @f() {
// SPLIT: func.func @g() {
// CUSTOM: func.func @f() {
func.func @f() {
  return
}

// -----

func.func @g() {
  return
}
