func.func @subviews(%m: memref<8x8xf32>, %o: index, %s: index, %t: index, %n: memref<2x4x8xf32>,
                    %d: memref<?xf32, 3>) {
  %0 = memref.subview %m[%o, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  %1 = memref.subview %m[%o, %o] [%s, 2] [1, %t] : memref<8x8xf32> to memref<?x2xf32, strided<[8, ?], offset: ?>>
  %2 = memref.subview %m[0, 0] [4, 4] [2, 2] : memref<8x8xf32> to memref<4x4xf32, strided<[16, 2]>>
  %3 = memref.subview %m[1, 2] [1, 4] [1, 1] : memref<8x8xf32> to memref<4xf32, strided<[1], offset: 10>>
  %4 = memref.subview %2[1, 1] [2, 2] [1, 1] : memref<4x4xf32, strided<[16, 2]>> to memref<2x2xf32, strided<[16, 2], offset: 18>>
  %5 = memref.subview %n[0, 0, 0] [1, 4, 1] [1, 1, 1] : memref<2x4x8xf32> to memref<4xf32, strided<[8]>>
  %6 = memref.subview %d[2] [3] [1] {tag} : memref<?xf32, 3> to memref<3xf32, strided<[1], offset: 2>, 3>
  return
}
func.func @affine_source(%m: memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>>) {
  %0 = memref.subview %m[0, 1] [2, 2] [1, 1] : memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>> to memref<2x2xf32, strided<[4, 1], offset: ?>>
  return
}
