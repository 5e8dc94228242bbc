# program_text_stats.py — a small program: word counts with dicts, sorting by count then word, string formatting.
text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. A quick end!"""
words = []
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(".,;!").lower()
        if word:
            words.append(word)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), "words,", len(counts), "distinct")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:>6} {'#' * n} {n}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
print(max(counts, key=lambda w: (len(w), w)), min(words), " ".join(reversed(words[:4])))
print({w: n for w, n in counts.items() if n > 1})
print("%.1f%% of words are 'the'" % (100 * counts["the"] / len(words)))
