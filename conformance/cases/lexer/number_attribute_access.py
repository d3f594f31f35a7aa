# Checks attribute access directly on numeric literals and how the tokenizer splits them.
print(1 .real, (1).imag, 1 .__class__.__name__)
print((255).bit_length(), 0xff.bit_length(), 0b101 .bit_length())
print(0o17.real, 0x10.imag, 0b1.real)
print((5).__add__(3), (-5).__abs__())
print(int.__name__, (7).__str__())
print(10 .to_bytes(2, "big"))
print(1 if 1 .real else 0)
x = [10, 20]
print(x [1] .bit_length())
for src in ["1.real", "1.__class__", "1_.real", "0x1.real", "1 .real", "(1).real", "1..real"]:
    try:
        compile(src, "f", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
