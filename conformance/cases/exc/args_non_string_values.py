# Exception str/repr with non-string single arguments, empty strings and nested containers.
vals = [5, None, "", [1, 2], (1,), (), {"k": 1}, True, "it's", 'say "hi"', b"raw", -0]
for v in vals:
    e = ValueError(v)
    print(repr(str(e)), repr(e), e.args)
print(str(Exception((1, 2))))
print(repr(Exception((1, 2))))
print(str(Exception((1, 2), 3)))
print(repr(Exception([])))
print(str(RuntimeError(RuntimeError("inner"))))
print(repr(RuntimeError(RuntimeError("inner"))))
print(str(TypeError(ValueError())))
