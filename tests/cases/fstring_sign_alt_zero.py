# fstring: sign options (+, -, space), alternate form #, zero padding with ints and floats
for v in [7, -7, 0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+05}] [{v: 5}] [{v:05}]")
for v in [3.14159, -3.14159, 0.0, -0.0]:
    print(f"[{v:+.2f}] [{v: .1f}] [{v:08.3f}] [{v:+09.2e}] [{v:z.1f}]")
print(f"{255:#x} {255:#X} {255:#o} {5:#b} {0:#x} {-255:#x} {255:#010x} {255:#10x}")
print(f"{3.0:#g} {3.0:g} {3.0:#.0f} {3:#.0f}")
