# Errors from int.to_bytes.
tests = [
    lambda: (256).to_bytes(1, 'big'),
    lambda: (1).to_bytes(0, 'big'),
    lambda: (-1).to_bytes(1, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (-129).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (1).to_bytes(1, b'big'),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
