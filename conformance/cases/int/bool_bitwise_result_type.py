# Bitwise operators between bools stay bools; with ints they give ints.
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, False | 2, type(True ^ 1).__name__)
