// RUN: jopt %s --plugins-dir %fault_plugins/corrupt --plugins-dir %fault_plugins/start-throws --plugins-dir %fault_plugins/needs-newer --plugins-dir %fault_plugins/rival --plugins-dir %example_plugins 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: jopt %s --plugins-dir %t.missing --plugins-dir %example_plugins 2>&1 | FileCheck %s --check-prefix=MISSING

// Broken, incompatible and clashing plugins are each reported by plugin id (or jar name, when the jar has none)
// on stderr; the good plugin and every built-in keep working, and the run succeeds.

// ERR-DAG: jopt: warning: plugin 'broken.jar': cannot be loaded: not a valid jar file
// ERR-DAG: jopt: warning: plugin 'fault-start-throws': failed to start: IllegalStateException: cannot open the widget database
// ERR-DAG: jopt: warning: plugin 'fault-needs-newer': requires jmlir >=99.0.0, but this is jmlir 0.1.0; not loaded
// ERR-DAG: jopt: warning: plugin 'rival-example': dialect namespace 'example' is already provided by plugin 'example-dialect'; the plugin's dialect is ignored
// ERR-DAG: jopt: warning: plugin 'rival-example': dialect namespace 'arith' is already provided by a built-in; the plugin's dialect is ignored
// ERR-DAG: jopt: warning: plugin 'rival-example': pass 'example-drop-neg-under-square' is already provided by plugin 'example-dialect'; the plugin's pass is ignored
// ERR-DAG: jopt: warning: plugin 'rival-example': pass 'strip-debuginfo' is already provided by a built-in; the plugin's pass is ignored

// MISSING: jopt: warning: plugin '{{.*}}.missing': plugins directory does not exist
// MISSING: example.square

// CHECK: %0 = arith.addi %arg0, %arg0 : i32
// CHECK: %1 = example.square %0 : i32
func.func @f(%x: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  %1 = example.square %0 : i32
  return %1 : i32
}
