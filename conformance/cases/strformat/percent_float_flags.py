# %f, %F, %e, %E, %g and %G with precision, width and the flags.
# requires: float
vals = [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-5, 1e20, 0.1]
for spec in ["%f", "%F", "%.2f", "%.0f", "%#.0f", "%10.3f", "%-10.1f|", "%010.2f", "%+f",
             "% .1f", "%e", "%E", "%.2e", "%#.0e", "%+.3E", "%g", "%G", "%.3g", "%#g",
             "%#.3g", "%.0g", "%12g|", "%-12.2G|", "%012.4g"]:
    print(repr(spec), [spec % v for v in vals])
for v in [float("inf"), float("-inf"), float("nan")]:
    print("%f %F %e %E %g %G" % (v, v, v, v, v, v), "[%8f]" % v, "[%-8e]" % v, "[%08.2f]" % v,
          "[%+f]" % v)
print("%f %e %g" % (3, -3, 10**6))
print("%.3f" % True, "%g" % 2**53)
