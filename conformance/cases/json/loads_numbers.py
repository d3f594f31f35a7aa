# Numbers: big ints, floats parsed exactly, NaN and the infinities.
import json
for s in ['123456789012345678901234567890', '-98765432109876543210', '0.1', '1.7976931348623157e308',
          '1e400', '-1e400', '5e-324', '1e-400', '0.30000000000000004', '9007199254740993.0',
          'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '1.0', '100']:
    print(s, repr(json.loads(s)))
for s in ['01', '1.', '.5', '-', '+1', '1e', '1e+', '-a', '--1', '0x10', 'infinity', 'nan']:
    try:
        print(s, repr(json.loads(s)))
    except ValueError as e:
        print(s, type(e).__name__, e)
