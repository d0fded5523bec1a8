import copy

d = {'z': 1, 'a': [2], 3: (4, [5]), (6, 7): 'tuple-key'}
e = copy.deepcopy(d)
print(e, list(e) == list(d), e[3] is d[3], e[3][1] is d[3][1], e[(6, 7)])
cfg = {'db': {'host': 'h', 'ports': [1, 2]}, 'debug': False}
local = copy.deepcopy(cfg)
local['db']['ports'].append(3)
local['debug'] = True
print(cfg, local)
shallow = copy.copy(cfg)
shallow['db']['host'] = 'changed'
print(cfg['db']['host'])
matrix = [[0] * 3 for _ in range(3)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 1
print(matrix, m2, [row is orig for row, orig in zip(m2, matrix)])
