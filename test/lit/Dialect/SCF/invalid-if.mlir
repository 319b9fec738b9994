// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @results_need_else(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op must have an else block if defining values}}
  %r = scf.if %c -> i32 {
    scf.yield %x : i32
  }
  return
}

// -----

func.func @yield_type(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: successor operand type #0 'i1' should match successor input type #0 'i32'}}
  %r = scf.if %c -> i32 {
    // expected-note @+1 {{region branch point}}
    scf.yield %c : i1
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

func.func @yield_count(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: region branch point has 0 operands, but region successor needs 1 inputs}}
  %r = scf.if %c -> i32 {
    // expected-note @+1 {{region branch point}}
    scf.yield
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

func.func @yield_without_results(%c: i1, %x: i32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: region branch point has 1 operands, but region successor needs 0 inputs}}
  scf.if %c {
    // expected-note @+1 {{region branch point}}
    scf.yield %x : i32
  }
  return
}

// -----

func.func @region_arguments(%c: i1) {
  // expected-error @+1 {{'scf.if' op region #0 should have no arguments}}
  "scf.if"(%c) ({
  ^bb0(%y: i32):
    scf.yield
  }, {}) : (i1) -> ()
  return
}

// -----

func.func @condition_type(%c: i32) {
  // expected-error @+1 {{'scf.if' op operand #0 must be 1-bit signless integer, but got 'i32'}}
  "scf.if"(%c) ({
    scf.yield
  }, {}) : (i32) -> ()
  return
}
