
// Reads are merged when nothing between them may write; an allocation does not write, an unknown op might.
func.func @reads(%m: memref<4xi32>, %i: index, %v: i32) -> (i32, i32, i32, i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  %a = memref.alloca() : memref<4xi32>
  %2 = memref.load %m[%i] : memref<4xi32>
  memref.store %v, %m[%i] : memref<4xi32>
  %3 = memref.load %m[%i] : memref<4xi32>
  "test.unknown"() : () -> ()
  %4 = memref.load %m[%i] : memref<4xi32>
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, i32
}

