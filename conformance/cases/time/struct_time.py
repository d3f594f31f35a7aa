# gmtime and localtime give time.struct_time records: fields by name, the hidden tm_zone and
# tm_gmtoff, the constructor's checks, and tuple behaviour.
import time
t = time.gmtime(86400 * 365 + 3661)
print(t)
print(t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, len(t), t[0], type(t).__name__, type(t).__module__)
print(time.mktime(time.localtime(1000)) == 1000.0)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for bad in [(1, 2), "abc", 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
print(tuple(t), t == tuple(t), isinstance(t, tuple))
y, m, *rest = time.gmtime(0)
print(y, m, rest)
