# bytes() from iterables of ints.
print(bytes([65, 66, 67]))
print(bytes((0, 255)))
print(bytes(range(97, 102)))
print(bytes(x * 2 for x in range(48, 53)))
print(bytes([]))
print(bytes({1: 'a'}))
print(bytes(iter([104, 105])))
print(bytes([True, False]))
