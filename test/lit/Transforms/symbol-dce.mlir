// RUN: jopt %s --allow-unregistered-dialect --split-input-file --symbol-dce | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: module attributes {test.simple} {
// CHECK-NEXT:   func.func private @live_private()
// CHECK-NEXT:   func.func nested @live_nested()
// CHECK-NEXT:   func.func @public() {
// CHECK-NEXT:     "foo.return"() {uses = [@live_private, @live_nested]} : () -> ()
// CHECK-NEXT:   }
// CHECK-NEXT: }
module attributes {test.simple} {
  func.func private @dead_private()
  func.func nested @dead_nested()
  func.func private @live_private()
  func.func nested @live_nested()
  func.func @public() {
    "foo.return"() {uses = [@live_private, @live_nested]} : () -> ()
  }
}

// -----

// CHECK: module {
// CHECK-NEXT:   module @pubmod {
// CHECK-NEXT:     func.func @pub() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   module @used attributes {sym_visibility = "private"} {
// CHECK-NEXT:     func.func nested @pub() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func @user() {
// CHECK-NEXT:     "foo.x"() {ref = @used::@pub} : () -> ()
// CHECK-NEXT:     scf.execute_region {
// CHECK-NEXT:       "foo.y"() {ref = @priv2} : () -> ()
// CHECK-NEXT:       scf.yield
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func private @priv2()
// CHECK-NEXT: }
module {
  module @pubmod {
    func.func private @dead()
    func.func nested @nest() { return }
    func.func @pub() { return }
  }
  module @privmod attributes {sym_visibility = "private"} {
    func.func @pub() { return }
    func.func nested @nest() { return }
  }
  module @used attributes {sym_visibility = "private"} {
    func.func nested @pub() { return }
    func.func nested @pub2() { return }
  }
  module @usednest attributes {sym_visibility = "nested"} {
    func.func nested @pub() { return }
  }
  func.func @user() {
    "foo.x"() {ref = @used::@pub} : () -> ()
    scf.execute_region {
      "foo.y"() {ref = @priv2} : () -> ()
      scf.yield
    }
    return
  }
  func.func private @priv2()
  func.func private @priv3()
}

// -----

// CHECK: module @outer {
// CHECK-NEXT:   module @inner attributes {sym_visibility = "private"} {
// CHECK-NEXT:     func.func nested @used() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:     func.func private @callee() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:     func.func nested @caller() {
// CHECK-NEXT:       call @callee() : () -> ()
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func @main() attributes {refs = [@inner::@used, @inner::@caller, @missing::@x]} {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   memref.global "private" @g_used : memref<4xi32>
// CHECK-NEXT:   func.func @use_global() -> memref<4xi32> {
// CHECK-NEXT:     %0 = memref.get_global @g_used : memref<4xi32>
// CHECK-NEXT:     return %0 : memref<4xi32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
module @outer {
  module @inner attributes {sym_visibility = "private"} {
    func.func nested @used() { return }
    func.func nested @unused() { return }
    func.func private @callee() { return }
    func.func nested @caller() {
      func.call @callee() : () -> ()
      return
    }
  }
  func.func private @dead_chain_a() {
    func.call @dead_chain_b() : () -> ()
    return
  }
  func.func private @dead_chain_b() {
    func.call @dead_chain_a() : () -> ()
    return
  }
  func.func @main() attributes {refs = [@inner::@used, @inner::@caller, @missing::@x]} {
    return
  }
  memref.global "private" @g : memref<4xi32>
  memref.global "private" @g_used : memref<4xi32>
  func.func @use_global() -> memref<4xi32> {
    %0 = memref.get_global @g_used : memref<4xi32>
    return %0 : memref<4xi32>
  }
}
