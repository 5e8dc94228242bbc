// value_vector.h — values whose first InlineCapacity live inside their owner (a frame's locals and value stack, a
// call_soon handle's arguments), more on the heap; push and pop are inline (the dispatch loop's most frequent
// operations).
//
// Usage:
//   value_stack st;                       // value_vector<6>
//   st.push_back(value::from_int(1));  value v = st.pop();  st.back();  st[i];  st.resize(n);
//   value_vector<4> slots;  slots.assign(3, value::error());
// A value_vector never moves or copies (it points into itself while inline): its owners live on the heap.
#pragma once

#include "python/value.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

namespace looplab::python {

template <std::uint32_t InlineCapacity> class value_vector {
public:
    static constexpr std::uint32_t inline_capacity = InlineCapacity;

    value_vector() noexcept = default;
    ~value_vector() {
        clear();
        if (m_data != inline_data()) ::operator delete(m_data);
    }
    value_vector(const value_vector&) = delete;
    value_vector& operator=(const value_vector&) = delete;

    [[gnu::always_inline]] void push_back(const value& v) {  // v may be one of this stack's values
        if (m_size == m_capacity) [[unlikely]]
            return push_grown(value(v));
        ::new (m_data + m_size) value(v);
        ++m_size;
    }
    [[gnu::always_inline]] void push_back(value&& v) {
        if (m_size == m_capacity) [[unlikely]]
            return push_grown(std::move(v));
        ::new (m_data + m_size) value(std::move(v));
        ++m_size;
    }
    [[gnu::always_inline]] value pop() noexcept {  // the top value, removed
        --m_size;
        value v = std::move(m_data[m_size]);
        m_data[m_size].~value();
        return v;
    }
    [[gnu::always_inline]] void pop_back() noexcept { m_data[--m_size].~value(); }
    value& back() noexcept { return m_data[m_size - 1]; }
    const value& back() const noexcept { return m_data[m_size - 1]; }
    value& operator[](std::size_t i) noexcept { return m_data[i]; }
    const value& operator[](std::size_t i) const noexcept { return m_data[i]; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    value* data() noexcept { return m_data; }
    value* begin() noexcept { return m_data; }
    value* end() noexcept { return m_data + m_size; }
    const value* begin() const noexcept { return m_data; }
    const value* end() const noexcept { return m_data + m_size; }
    void resize(std::size_t n) {  // drops values above n, or pushes None up to n
        while (m_size > n) pop_back();
        if (n > m_capacity) grow(n);
        while (m_size < n) ::new (m_data + m_size++) value();
    }
    void clear() noexcept { resize_down(0); }
    void truncate(std::size_t n) noexcept { resize_down(n); }  // drops the values above n (n <= size())
    void assign(std::size_t n, const value& v) {  // n copies of v (v is not one of this vector's values)
        clear();
        if (n > m_capacity) grow(n);
        while (m_size < n) ::new (m_data + m_size++) value(v);
    }
    void reserve(std::size_t n) {
        if (n > m_capacity) grow(n);
    }

private:
    void resize_down(std::size_t n) noexcept {
        while (m_size > n) pop_back();
    }
    value* inline_data() noexcept { return reinterpret_cast<value*>(m_inline); }
    // v is held outside the stack before the values move, since it may have been one of them.
    [[gnu::noinline]] void push_grown(value v) {
        grow(m_size + 1);
        ::new (m_data + m_size) value(std::move(v));
        ++m_size;
    }
    // Values move by their bytes: a value is a tag and a payload, and a moved one leaves no reference behind.
    [[gnu::noinline]] void grow(std::size_t at_least) {
        std::size_t capacity = static_cast<std::size_t>(m_capacity) * 2;
        if (capacity < at_least) capacity = at_least;
        auto* data = static_cast<value*>(::operator new(capacity * sizeof(value)));
        std::memcpy(static_cast<void*>(data), static_cast<const void*>(m_data), m_size * sizeof(value));
        if (m_data != inline_data()) ::operator delete(m_data);
        m_data = data;
        m_capacity = static_cast<std::uint32_t>(capacity);
    }

    value* m_data = inline_data();
    std::uint32_t m_size = 0;
    std::uint32_t m_capacity = inline_capacity;
    alignas(value) std::byte m_inline[inline_capacity * sizeof(value)];
};

using value_stack = value_vector<6>;  // a frame's value stack: deep enough for most functions' expressions

}  // namespace looplab::python
