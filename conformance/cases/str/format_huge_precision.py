# Precisions beyond 65535 digits (the most Rust's formatter takes) format as CPython's do:
# the digits past an f64's exact expansion are zeros. Found by fuzzing (they panicked).
for spec in ['.70000f', '.70000e', '.70000%', '#.70000g', '.70000g', '.70000', '70000.3f', '.1200f']:
    s = format(1.5, spec)
    print(spec, len(s), s[:6], s[-6:], s.count('0'))
s = '%.70000f' % 0.1
print(len(s), s[:60], s.count('0'))
s = '%.70000e' % -2.5e-300
print(len(s), s[:20], s[-8:])
print(format(5e-324, '.1100f')[-12:])
print(format(2.0 ** -1074, '.1200e')[:40])
print(format(float('inf'), '.70000f'), format(float('-inf'), '.70000e'), format(float('nan'), '.70000%'))
print('{:.70000g}'.format(0.1), '%.70000g' % 1e300)
