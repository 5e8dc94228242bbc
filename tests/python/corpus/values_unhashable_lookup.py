# values_unhashable_lookup.py — looking up an unhashable key raises TypeError even in an empty dict or set
# (the key is hashed before the table is searched), and in a filled one.
def delete(d, k):
    del d[k]


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)
    except KeyError as e:
        print(label, 'KeyError:', e)


for d in ({}, {'a': 1}):
    attempt('in dict', lambda: [1] in d)
    attempt('dict.get', lambda: d.get([1]))
    attempt('dict[]', lambda: d[{'k': 2}])
    attempt('dict.pop', lambda: d.pop([1], None))
    attempt('del dict[]', lambda: delete(d, [1]))
for s in (set(), {1, 2}):
    attempt('in set', lambda: [1] in s)
    attempt('set.discard', lambda: s.discard({}))
    attempt('set.remove', lambda: s.remove([]))
attempt('missing key', lambda: {}['x'])
attempt('hashable tuple', lambda: (1, 2) in {})
attempt('tuple of list', lambda: (1, [2]) in {})
attempt('pop without a default', lambda: {}.pop([1]))
