# Numeric format specs inside f-strings for ints, bools, floats and big ints, with nested widths.
# requires: float, bigint
vals = [0, -1, 255, True, 2**70, -0.0, 1234.5678, float("inf"), float("nan")]
for v in vals:
    print(f"{v!r:>22} | {v:>12} | {v:<+10} | {v:^12,} | {v:012}")
for v in [0, 7, -7, 2**64]:
    print(f"{v:#b} {v:#o} {v:#x} {v:#X} {v:_} {v:,} {v:e} {v:.2%}")
for v in [0.1, -2.5, 1e-7, 1e22, 123456.789]:
    print(f"{v:.3} {v:.3f} {v:.3e} {v:.3g} {v:10.1%} {v:z.1f} {v:+,.2f}")
w = 8
for p in range(0, 4):
    print(f"[{3.14159:{w}.{p}f}] [{2**40:{w * 2},}] [{-3:{'0'}{w}}]")
print(f"{1_000_000:_}", f"{0xff:_b}", f"{-(2**100):,}"[:8], f"{10**20:e}", f"{2**53 + 1:.0f}")
