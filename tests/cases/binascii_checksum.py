import binascii

def checksum(chunks):
    crc = 0
    for c in chunks:
        crc = binascii.crc32(c, crc)
    return crc

data = [b"chunk-%d" % i for i in range(10)]
print(checksum(data), binascii.crc32(b"".join(data)))
print("%08x" % checksum(data))
print(format(binascii.crc32(b"payload"), "08X"))
records = {name: binascii.crc32(name.encode()) % 8 for name in ["alice", "bob", "carol", "dave"]}
print(records)
print(binascii.crc32(b"\x00" * 1000))
print(binascii.crc_hqx(b"\x00" * 1000, 0))
