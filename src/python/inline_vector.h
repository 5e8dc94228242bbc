// inline_vector.h — a vector whose first InlineCapacity elements live inside its owner (a future's done-callbacks:
// most futures have exactly one, so most need no allocation).
//
// Usage:
//   inline_vector<callback, 1> cbs;
//   cbs.push_back(std::move(cb));  for (auto& c : cbs) ...;  cbs.erase(cbs.begin());  cbs.clear();
// An inline_vector never moves or copies (it points into itself while inline): its owners are heap objects.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace looplab::python {

template <class T, std::uint32_t InlineCapacity> class inline_vector {
public:
    inline_vector() noexcept = default;
    ~inline_vector() {
        clear();
        if (m_data != inline_data()) ::operator delete(m_data);
    }
    inline_vector(const inline_vector&) = delete;
    inline_vector& operator=(const inline_vector&) = delete;

    void push_back(T&& v) {
        if (m_size == m_capacity) grow();
        ::new (m_data + m_size) T(std::move(v));
        ++m_size;
    }
    T* erase(T* at) {  // removes *at, keeping the order of the rest; returns where the next one is now
        for (T* p = at; p + 1 != end(); ++p) *p = std::move(p[1]);
        m_data[--m_size].~T();
        return at;
    }
    void clear() noexcept {
        while (m_size > 0) m_data[--m_size].~T();
    }
    T* begin() noexcept { return m_data; }
    T* end() noexcept { return m_data + m_size; }
    const T* begin() const noexcept { return m_data; }
    const T* end() const noexcept { return m_data + m_size; }
    T& operator[](std::size_t i) noexcept { return m_data[i]; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }

private:
    T* inline_data() noexcept { return reinterpret_cast<T*>(m_inline); }
    void grow() {
        const std::uint32_t capacity = m_capacity * 2;
        T* data = static_cast<T*>(::operator new(capacity * sizeof(T)));
        for (std::uint32_t i = 0; i < m_size; ++i) {
            ::new (data + i) T(std::move(m_data[i]));
            m_data[i].~T();
        }
        if (m_data != inline_data()) ::operator delete(m_data);
        m_data = data;
        m_capacity = capacity;
    }

    T* m_data = inline_data();
    std::uint32_t m_size = 0;
    std::uint32_t m_capacity = InlineCapacity;
    alignas(T) std::byte m_inline[InlineCapacity * sizeof(T)];
};

}  // namespace looplab::python
