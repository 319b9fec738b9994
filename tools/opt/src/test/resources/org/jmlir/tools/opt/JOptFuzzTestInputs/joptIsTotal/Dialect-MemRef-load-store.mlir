func.func @load_store(%m: memref<8x8xf32>, %i: index, %s: memref<i32>, %v: memref<?xvector<4xf32>>) {
  %a = memref.load %m[%i, %i] : memref<8x8xf32>
  %b = memref.load %m[%i, %i] {nontemporal = true} : memref<8x8xf32>
  %c = memref.load %m[%i, %i] {nontemporal = false} : memref<8x8xf32>
  %d = memref.load %s[] : memref<i32>
  memref.store %a, %m[%i, %i] : memref<8x8xf32>
  memref.store %b, %m[%i, %i] {nontemporal = true} : memref<8x8xf32>
  %e = memref.load %v[%i] {alignment = 16 : i64} : memref<?xvector<4xf32>>
  return
}
