# str.format reads each replacement field as CPython's parser does: the field name stops
# at '}', ':' or '!' (brackets are skipped whole), then a one-character conversion, then a
# spec whose nested braces are counted. Each malformed template gets CPython's error.
templates = [
    "{", "}", "{0", "{0:", "{0!", "{0!r", "{0!r:", "{0!rx}", "{0!}", "{!}", "{0!\x01}",
    "{0!z}", "{a{b}", "{0[}", "{0[1}", "{0[]]}", "{0[]}", "{0.}", "{0..a}", "{0[0]x}",
    "{0:{1:{2}}}", "{0:{1}}", "{0:{{}}}", "{0:}}", "{:{:{}}}", "{0[a]}", "{0[0]}", "{0[-1]}",
    "{99999999999999999999}", "{0[99999999999999999999]}", "{0:>{1}.{2}}", "{0!s:>5}",
    "{0!a}", "{0!r:^9}", "{x[k]}", "{x.real}", "{x[0]", "{x:[}", "{0:[}]}",
]
for t in templates:
    try:
        r = t.format([10, 20], 7, 2, x={"k": "v", 0: "zero"})
        print(repr(t), "->", repr(r))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        print(repr(t), type(e).__name__, e)
for t in ["{0:{1}}", "{a!r}", "{a[b]}", "{a!x}"]:
    try:
        print(repr(t), repr(t.format_map({"a": {"b": 1}, 0: 5})))
    except (ValueError, KeyError, TypeError) as e:
        print(repr(t), type(e).__name__, e)
