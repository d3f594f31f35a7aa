# Calendar conversions: gmtime's fields (printed as a tuple, in struct_time's order) and mktime
# back (the harness runs in UTC).
import time
for secs in [0, 1, 59, 86399, 86400, 951782400, 1234567890, 4102444800, -1, -86401, 1.9, -1.5, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))
print(tuple(time.gmtime(0))[6], tuple(time.gmtime(951782400))[7])
for t in [(2009, 2, 13, 23, 31, 30, 0, 0, 0), (2009, 14, 45, 23, 31, 30, 0, 0, 0),
          (2000, 3, 0, 0, 0, 0, 0, 0, 0), (1969, 12, 31, 23, 59, 59, 0, 0, 0)]:
    print(time.mktime(t))
print(time.mktime(time.gmtime(1700000000)) == 1700000000.0)
