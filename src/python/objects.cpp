// objects.cpp — object destruction, the insertion-ordered hash table behind dict and set, line tables, modules.
#include "python/vm.h"

#include <algorithm>

namespace looplab::python {

void destroy_object(object* o) noexcept { object_heap::release(o); }

generator_object::~generator_object() {
    if (state == gen_state::created && coroutine && !awaited && owner && !owner->tearing_down) {
        owner->warn(owner->filename + ":" + std::to_string(called_at.line()) + ": RuntimeWarning: coroutine '" +
                        qualname + "' was never awaited",
                    warning_kind::never_awaited, owner->current_task_id);
    }
    if (f) {
        owner->free_frame(f);
        f = nullptr;
    }
}

int code_object::line_at(std::uint32_t ip) const {
    if (lines.empty()) return first_line;
    auto it =
        std::upper_bound(lines.begin(), lines.end(), ip, [](std::uint32_t x, const line_entry& e) { return x < e.ip; });
    if (it == lines.begin()) return lines.front().line;
    return (it - 1)->line;
}

std::int32_t module_object::slot_of(const std::string& n) {
    auto it = index.find(n);
    if (it != index.end()) return it->second;
    const auto s = static_cast<std::int32_t>(slots.size());
    slots.push_back(value::error());
    slot_names.push_back(n);
    index.emplace(n, s);
    return s;
}

value* module_object::get(const std::string& n) {
    auto it = index.find(n);
    if (it == index.end()) return nullptr;
    value* v = &slots[static_cast<std::size_t>(it->second)];
    return v->is_error() ? nullptr : v;
}

namespace {
constexpr std::int32_t empty_slot = -1;
constexpr std::int32_t deleted_slot = -2;

// Where the probe for hash h starts. An object's hash is its address >> 4, whose low bits repeat with its slot size
// (every 128-byte coroutine has the same three low bits), so the hash is mixed first: a multiply spreads the low
// bits upwards, the shift brings them back down.
std::size_t first_probe(std::int64_t h, std::size_t mask) {
    const std::uint64_t x = static_cast<std::uint64_t>(h) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(x ^ (x >> 32)) & mask;
}
}  // namespace

void dict_object::rebuild() {
    // compact the entries, then re-index with a table at most half full
    std::size_t w = 0;
    for (std::size_t r = 0; r < entries.size(); ++r) {
        if (!entries[r].live) continue;
        if (w != r) entries[w] = std::move(entries[r]);
        ++w;
    }
    entries.resize(w);
    std::size_t cap = 8;
    while (cap < (w + 1) * 2) cap <<= 1;
    index.assign(cap, empty_slot);
    const std::size_t mask = cap - 1;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::size_t p = first_probe(entries[i].hash, mask);
        while (index[p] != empty_slot) p = (p + 1) & mask;
        index[p] = static_cast<std::int32_t>(i);
    }
}

value* dict_object::find(vm& m, const value& key) {
    bool ok = true;
    const std::int64_t h = m.hash(key, ok);  // also for an empty dict: `[1] in {}` is a TypeError, as in CPython
    if (!ok || index.empty()) return nullptr;
    const std::size_t mask = index.size() - 1;
    for (std::size_t p = first_probe(h, mask);; p = (p + 1) & mask) {
        const std::int32_t s = index[p];
        if (s == empty_slot) return nullptr;
        if (s == deleted_slot) continue;
        entry& e = entries[static_cast<std::size_t>(s)];
        if (e.hash != h) continue;
        if (e.key.same(key)) return &e.val;
        const int eq = m.equals(e.key, key);
        if (eq < 0) return nullptr;
        if (eq) return &e.val;
    }
}

bool dict_object::set(vm& m, const value& key, value v) {
    bool ok = true;
    const std::int64_t h = m.hash(key, ok);
    if (!ok) return false;
    if (value* found = find(m, key)) {
        *found = std::move(v);
        return true;
    }
    if (m.failed()) return false;
    if ((entries.size() + 1) * 2 > index.size()) {
        entries.push_back(entry{key, std::move(v), h, true});
        ++live_count;
        rebuild();
        return true;
    }
    entries.push_back(entry{key, std::move(v), h, true});
    ++live_count;
    const std::size_t mask = index.size() - 1;
    std::size_t p = first_probe(h, mask);
    while (index[p] >= 0) p = (p + 1) & mask;
    index[p] = static_cast<std::int32_t>(entries.size() - 1);
    return true;
}

bool dict_object::erase(vm& m, const value& key) {
    bool ok = true;
    const std::int64_t h = m.hash(key, ok);  // also when empty (an unhashable key is a TypeError)
    if (!ok || index.empty()) return false;
    const std::size_t mask = index.size() - 1;
    for (std::size_t p = first_probe(h, mask);; p = (p + 1) & mask) {
        const std::int32_t s = index[p];
        if (s == empty_slot) return false;
        if (s == deleted_slot) continue;
        entry& e = entries[static_cast<std::size_t>(s)];
        if (e.hash != h) continue;
        if (e.key.same(key) || m.equals(e.key, key) == 1) {
            e.live = false;
            e.key = value::none();
            e.val = value::none();
            index[p] = deleted_slot;
            --live_count;
            if (live_count * 4 < entries.size() && entries.size() > 16) rebuild();
            return true;
        }
    }
}

// CPython's set iteration order: replays setobject.c's insertions (linear probes of 9, perturb shift 5, resize
// at 3/5 full to 4x the used count) over the live keys' hashes in insertion order, and returns the entry indices
// in table order. Deletions are not replayed (CPython leaves dummies), so after removals the order is CPython's
// in most but not all cases.
std::vector<std::size_t> dict_object::set_order() const {
    std::vector<std::size_t> live;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].live) live.push_back(i);
    std::size_t mask = 7;
    std::vector<std::int64_t> table(8, -1);
    auto place = [&](std::vector<std::int64_t>& t, std::size_t m, std::size_t idx) {
        const auto h = static_cast<std::uint64_t>(entries[idx].hash);
        std::uint64_t perturb = h;
        std::size_t i = static_cast<std::size_t>(h) & m;
        for (;;) {
            const std::size_t probes = i + 9 <= m ? 9 : 0;
            for (std::size_t j = 0; j <= probes; ++j)
                if (t[i + j] < 0) {
                    t[i + j] = static_cast<std::int64_t>(idx);
                    return;
                }
            perturb >>= 5;
            i = static_cast<std::size_t>(i * 5 + 1 + perturb) & m;
        }
    };
    std::size_t used = 0;
    for (std::size_t idx : live) {
        place(table, mask, idx);
        ++used;
        if (used * 5 < mask * 3) continue;
        const std::size_t minused = used > 50000 ? used * 2 : used * 4;
        std::size_t size = 8;
        while (size <= minused) size <<= 1;
        std::vector<std::int64_t> bigger(size, -1);
        for (std::int64_t e : table)
            if (e >= 0) place(bigger, size - 1, static_cast<std::size_t>(e));
        table = std::move(bigger);
        mask = size - 1;
    }
    std::vector<std::size_t> order;
    order.reserve(live.size());
    for (std::int64_t e : table)
        if (e >= 0) order.push_back(static_cast<std::size_t>(e));
    return order;
}

void dict_object::clear() {
    entries.clear();
    index.clear();
    live_count = 0;
}

}  // namespace looplab::python
