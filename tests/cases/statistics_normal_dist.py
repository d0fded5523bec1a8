from statistics import NormalDist, StatisticsError
import statistics
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(110), nd.cdf(130), nd.inv_cdf(0.975), nd.zscore(85), nd.quantiles(), nd.quantiles(10))
print(NormalDist().inv_cdf(0.975), NormalDist().inv_cdf(0.5), NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.9999999))
print([round(NormalDist().inv_cdf(p / 20), 12) for p in range(1, 20)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(nd + 5, nd - 5, nd * 2, nd / 2, -nd, +nd, 5 + nd, 5 - nd, 3 * nd, nd + NormalDist(0, 20), nd - NormalDist(10, 8))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), hash(nd) == hash(NormalDist(100.0, 15.0)))
x = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(x, NormalDist.from_samples(range(10)))
print(nd.samples(5, seed=42), NormalDist(0, 1).samples(3, seed="abc"))
print(NormalDist("1", 2), NormalDist(mu=3), NormalDist(sigma=0))
for call in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: nd.inv_cdf(0),
             lambda: nd.inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: nd.overlap(5), lambda: NormalDist.from_samples([1]),
             lambda: NormalDist(1, 0).zscore(1), lambda: nd.pdf("x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
