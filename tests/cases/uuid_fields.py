import uuid

for s in ["00000000-0000-1000-8000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
          "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "123e4567-e89b-12d3-a456-426614174000"]:
    u = uuid.UUID(s)
    print(u.fields, u.version, u.variant, u.time, u.clock_seq, hex(u.node))
