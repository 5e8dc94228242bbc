// objects.cpp — object destruction, the insertion-ordered hash table behind dict and set, line tables, modules.
#include "python/vm.h"

#include <algorithm>

namespace looplab::python {

void destroy_object(object* o) noexcept { delete o; }

generator_object::~generator_object() {
    if (state == gen_state::created && coroutine && !awaited && owner) {
        owner->warn("RuntimeWarning: coroutine '" + qualname + "' was never awaited");
    }
    if (f) {
        owner->free_frame(f);
        f = nullptr;
    }
}

int code_object::line_at(std::uint32_t ip) const {
    if (lines.empty()) return first_line;
    auto it = std::upper_bound(lines.begin(), lines.end(), ip,
                               [](std::uint32_t x, const line_entry& e) { return x < e.ip; });
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
        std::size_t p = static_cast<std::size_t>(entries[i].hash) & mask;
        while (index[p] != empty_slot) p = (p + 1) & mask;
        index[p] = static_cast<std::int32_t>(i);
    }
}

value* dict_object::find(vm& m, const value& key) {
    if (index.empty()) return nullptr;
    bool ok = true;
    const std::int64_t h = m.hash(key, ok);
    if (!ok) return nullptr;
    const std::size_t mask = index.size() - 1;
    for (std::size_t p = static_cast<std::size_t>(h) & mask;; p = (p + 1) & mask) {
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
    std::size_t p = static_cast<std::size_t>(h) & mask;
    while (index[p] >= 0) p = (p + 1) & mask;
    index[p] = static_cast<std::int32_t>(entries.size() - 1);
    return true;
}

bool dict_object::erase(vm& m, const value& key) {
    if (index.empty()) return false;
    bool ok = true;
    const std::int64_t h = m.hash(key, ok);
    if (!ok) return false;
    const std::size_t mask = index.size() - 1;
    for (std::size_t p = static_cast<std::size_t>(h) & mask;; p = (p + 1) & mask) {
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

void dict_object::clear() {
    entries.clear();
    index.clear();
    live_count = 0;
}

}  // namespace looplab::python
