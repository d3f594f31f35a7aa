# os.stat_result built from a sequence: the visible fields, the hidden ones, and its size checks.
import os
r = os.stat_result(range(10))
print(r)
print(r.st_mode, r.st_size, r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r = os.stat_result(range(19))
print(r, r.st_atime, r.st_ctime, r.st_atime_ns, r.st_blksize, r.st_blocks, r.st_rdev)
print(r[7], r[-1], r[2:4], len(r), r == tuple(range(10)))
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(os.stat_result(range(13)).st_atime, os.stat_result(range(13)).st_atime_ns)
for n in [0, 9, 20]:
    try:
        os.stat_result(range(n))
    except TypeError as e:
        print('TypeError', e)
try:
    r.st_mode = 5
except AttributeError:
    print('AttributeError')
match os.stat_result(range(10)):
    case os.stat_result(st_mode=m, st_size=s):
        print('matched', m, s)
for args, kw in [((range(10), 1), {}), ((range(10), {}, 3), {}), ((range(10),), {'sequence': 1}),
                 ((), {}), ((range(10),), {'bogus': 1}), ((5,), {}), ((None,), {}), ((range(10), None), {})]:
    try:
        print(os.stat_result(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
print(os.stat_result(sequence=range(10), dict={'st_atime': 5, 'st_rdev': 9}).st_atime)
print(os.stat_result('abcdefghij').st_size, os.stat_result(x for x in range(10))[9])
for n in [4, 5, 6]:
    try:
        print(os.uname_result(range(n)))
    except TypeError as e:
        print('TypeError', e)
print(os.uname_result(range(5), {'sysname': 1}).sysname, os.uname_result.n_fields)
