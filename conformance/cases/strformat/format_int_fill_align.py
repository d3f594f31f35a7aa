# format() of ints with every alignment, custom fill characters and widths.
# requires: bigint
for v in [0, 5, -5, 1234, -98765]:
    for spec in ["", "<", ">", "^", "=", "8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^8",
                 "*=8", "0<8", "0^8", "->7", "<<6", ">>6", "^^6", "==6", " =7", "{^7", "}>6"]:
        print(repr(spec), repr(format(v, spec)))
print(repr(format(12, "^5")), repr(format(12, "^6")), repr(format(-1, "^4")))
print(repr(format(123456, "3")), repr(format(-123456, "=3")))
print(repr(format(7, "\t>4")), repr(format(-7, "#=5")), repr(format(-7, "0=5")))
print(repr(format(10**20, ">25")), repr(format(-10**20, "=25")))
print(repr(format(3, "x^3")), repr(format(3, "x^4")), repr(format(-33, "^6")))
