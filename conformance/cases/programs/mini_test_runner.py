# A tiny unit-test framework (test classes, assertRaises context manager, fixtures) run over a small string/list library.
class AssertionFailed(AssertionError):
    pass


class _Raises:
    def __init__(self, exc_type, match=None):
        self.exc_type, self.match, self.exception = exc_type, match, None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            raise AssertionFailed(f"{self.exc_type.__name__} not raised")
        if not issubclass(et, self.exc_type):
            return False
        if self.match is not None and self.match not in str(ev):
            raise AssertionFailed(f"{str(ev)!r} does not contain {self.match!r}")
        self.exception = ev
        return True


class TestCase:
    def setUp(self):
        pass

    def tearDown(self):
        pass

    def assertEqual(self, a, b):
        if a != b:
            raise AssertionFailed(f"{a!r} != {b!r}")

    def assertTrue(self, x, msg=None):
        if not x:
            raise AssertionFailed(msg or f"{x!r} is not true")

    def assertRaises(self, exc_type, match=None):
        return _Raises(exc_type, match)


def run_tests(*classes):
    totals = {"pass": 0, "fail": 0, "error": 0}
    for cls in classes:
        names = sorted(n for n in dir(cls) if n.startswith("test_"))
        print(f"{cls.__name__} ({len(names)} tests)")
        for name in names:
            inst = cls()
            try:
                inst.setUp()
                try:
                    getattr(inst, name)()
                finally:
                    inst.tearDown()
            except AssertionError as e:
                status, detail = "fail", str(e)
            except Exception as e:
                status, detail = "error", f"{type(e).__name__}: {e}"
            else:
                status, detail = "pass", ""
            totals[status] += 1
            print(f"  {name:<28} {status.upper():<5} {detail}")
    print(", ".join(f"{v} {k}" for k, v in totals.items()))
    return totals


# ---- the library under test ----
def chunk(seq, n):
    if n <= 0:
        raise ValueError(f"chunk size must be positive, got {n}")
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur] if cur else lines


def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{n}{c}" for c, n in out)


class ChunkTests(TestCase):
    def setUp(self):
        self.data = list(range(7))

    def test_even(self):
        self.assertEqual(chunk(self.data[:6], 3), [[0, 1, 2], [3, 4, 5]])

    def test_ragged(self):
        self.assertEqual(chunk(self.data, 3)[-1], [6])

    def test_strings_and_empty(self):
        self.assertEqual(chunk("abcde", 2), ["ab", "cd", "e"])
        self.assertEqual(chunk([], 4), [])

    def test_bad_size(self):
        with self.assertRaises(ValueError, match="positive") as cm:
            chunk(self.data, 0)
        self.assertEqual(str(cm.exception), "chunk size must be positive, got 0")

    def test_wrong_expectation(self):
        self.assertEqual(chunk(self.data, 2), [[0, 1]])

    def test_type_error_passthrough(self):
        with self.assertRaises(ValueError):
            chunk(None, 2)


class TextTests(TestCase):
    log = []

    def tearDown(self):
        TextTests.log.append(type(self).__name__)

    def test_flatten(self):
        self.assertEqual(list(flatten([1, [2, (3, [4, []])], "ab"])), [1, 2, 3, 4, "ab"])

    def test_wrap(self):
        self.assertEqual(wrap("the quick brown fox jumps over", 10), ["the quick", "brown fox", "jumps over"])
        self.assertEqual(wrap("", 5), [])
        self.assertEqual(wrap("supercalifragilistic word", 5), ["supercalifragilistic", "word"])

    def test_rle(self):
        self.assertEqual(rle("aaabccdddd"), "3a1b2c4d")
        self.assertEqual(rle(""), "")

    def test_rle_wrong(self):
        self.assertTrue(rle("xx") == "x2", "rle order is count-first")

    def test_no_raise(self):
        with self.assertRaises(KeyError):
            {}.get("k")

    def test_match_mismatch(self):
        with self.assertRaises(ValueError, match="negative"):
            chunk([1], -1)

    def helper_not_a_test(self):
        raise RuntimeError("must not run")


totals = run_tests(ChunkTests, TextTests)
print(totals, TextTests.log)
print(isinstance(AssertionFailed("x"), AssertionError), sorted(n for n in vars(TextTests) if not n.startswith("__")))
