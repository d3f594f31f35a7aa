# f-strings with many fields, long literal parts and large results.
# requires: bigint
vals = list(range(40))
s = f"{vals[0]}{vals[1]}{vals[2]}{vals[3]}{vals[4]}{vals[5]}{vals[6]}{vals[7]}{vals[8]}{vals[9]}"
print(s, len(s))
row = " ".join(f"{v:02x}" for v in vals)
print(row)
big = f"{'x' * 5000}|{'y' * 3000}"
print(len(big), big[4998:5003], big.count("y"))
wide = f"{'c':^2001}"
print(len(wide), wide.index("c"), repr(wide[998:1003]))
table = "\n".join(f"{i:>3} | {i * i:>5} | {'#' * (i % 7):<6}|" for i in range(0, 30, 4))
print(table)
nested = f"{f'{str(1) * 3}' * 3}"
print(nested)
print(f"{10**50}", len(f"{2**200}"), f"{'-' * 0}|", f"{'':>0}|")
