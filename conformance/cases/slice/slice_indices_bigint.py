# slice.indices and subscripts with bounds and lengths beyond 64 bits keep exact values.
# requires: bigint
print(slice(2**70, -2**70, -1).indices(6))
print(slice(None, None, 2**70).indices(6))
print(slice(-2**70, 2**70, -2**70).indices(6))
print(slice(3).indices(2**80))
print(slice(-1, None).indices(2**80))
print(slice(None, None, -1).indices(2**64))
print(slice(2**64, 2**65, 2**63).indices(2**66))
print(len(range(*slice(None, None, 2**70).indices(10))))
print("abc"[2**70:-2**70:-2**70], [1, 2, 3][-2**70::2**70])
print(slice(2**100), slice(-2**100, 2**100, 2**100).step)
