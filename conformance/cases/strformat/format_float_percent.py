# The '%' type multiplies by 100, formats as 'f' and appends a percent sign.
# requires: float
for v in [0.0, 0.5, 1.0, -0.25, 0.123456, 1/3, 12.5, 1e-7, 0.005, 0.015]:
    print(repr(v), format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, "#.0%"),
          format(v, "+.2%"), format(v, "10.1%") + "|", format(v, "<10.1%") + "|")
print(format(1, "%"), format(3, ".0%"), format(True, ".1%"), format(-1, "%"))
print(format(1234.5, ",.1%"), format(1234.5, "_.0%"), format(0.5, "010.1%"))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "%"), format(v, ".1%"), format(v, "8%") + "|")
print(f"{0.75:.0%} done", f"{0.333:^9.1%}|")
