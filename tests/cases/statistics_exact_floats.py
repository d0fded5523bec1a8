# Exactness: the results must match CPython's bit for bit.
import statistics
state = [987654321]

def rnd():
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 11) / 9007199254740992.0

for k in range(12):
    data = [rnd() * 10 ** (k % 5) - 3 for _ in range(5 + k * 3)]
    print(k, statistics.mean(data).hex(), statistics.fmean(data).hex(), statistics.variance(data).hex(),
          statistics.stdev(data).hex(), statistics.pvariance(data).hex(), statistics.pstdev(data).hex(),
          statistics.median(data).hex())
ints = [int(rnd() * 1000) for _ in range(50)]
print(statistics.mean(ints), statistics.variance(ints), statistics.stdev(ints), statistics.pstdev(ints), statistics.median(ints))
print(statistics.mean([0.1, 0.2, 0.7]), sum([0.1, 0.2, 0.7]) / 3)
print(statistics.stdev([0.1, 0.2, 0.3, 0.4, 0.5]), statistics.variance([0.1, 0.2, 0.3, 0.4, 0.5]))
