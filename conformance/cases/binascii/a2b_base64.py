# a2b_base64 outside strict mode: junk is skipped, padding ends the data.
import binascii
for data in [b'aGVsbG8=\n', 'aGVsbG8=', b'aGVs!bG8=', b'aG=VsbA==', b'aGVsbA===', b'aGVsbA= =',
             b'', b'====', b'aGVs=', b'aGVsbG8', b'a', b'aGVsbA', b'aGVsbA=a', b'abcde', 'é', 5,
             bytearray(b'eHl6'), memoryview(b'eHl6')]:
    try:
        print(type(data).__name__, binascii.a2b_base64(data))
    except Exception as e:
        print(type(data).__name__, type(e).__name__, e)
print(binascii.a2b_base64(binascii.b2a_base64(bytes(range(256)))) == bytes(range(256)))
