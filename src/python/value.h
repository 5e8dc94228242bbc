// value.h — LoopLab Python's value: None, bool, int (64-bit) and float unboxed; everything else a refcounted object.
//
// Usage:
//   value v = value::from_int(42);            // unboxed
//   value s = make_str(vm, "hi");              // objects.h: a refcounted str object
//   if (v.is_int()) use(v.as_int());
//   value err = value::error();                // "an exception is pending in the vm" (natives return this)
// Objects are freed when their last value goes; cycles are freed when their run ends (object_heap.h).
#pragma once

#include <cstdint>
#include <utility>

namespace looplab::python {

struct object;
void destroy_object(object* o) noexcept;  // objects.cpp

// Which kind of value a `value` holds.
enum class tag : std::uint8_t { error, none, boolean, integer, floating, obj };

// Base of every heap object: a refcount, its type and a kind for fast dispatch.
struct type_object;
enum class kind : std::uint8_t;

struct object {
    std::uint32_t refs = 0;  // values referring to it
    kind k;  // fast dispatch on the built-in kind
    type_object* type = nullptr;  // the Python type (a user class for instances)
    explicit object(kind kk) : k(kk) {}
    virtual ~object() = default;
    object(const object&) = delete;
    object& operator=(const object&) = delete;
};

inline void incref(object* o) noexcept { ++o->refs; }
inline void decref(object* o) noexcept {
    if (--o->refs == 0) [[unlikely]]
        destroy_object(o);
}

// A Python value (16 bytes).
class value {
public:
    value() noexcept : m_tag(tag::none), m_int(0) {}  // None
    value(const value& o) noexcept : m_tag(o.m_tag), m_int(o.m_int) {
        if (m_tag == tag::obj) incref(m_obj);
    }
    value(value&& o) noexcept : m_tag(o.m_tag), m_int(o.m_int) { o.m_tag = tag::none; }
    value& operator=(const value& o) noexcept {
        value copy(o);
        swap(copy);
        return *this;
    }
    value& operator=(value&& o) noexcept {
        value moved(std::move(o));
        swap(moved);
        return *this;
    }
    // Inline everywhere (GCC kept it out of line in vm::execute: a call per temporary of the int fast paths).
    [[gnu::always_inline]] ~value() {
        if (m_tag == tag::obj) decref(m_obj);
    }
    void swap(value& o) noexcept {
        std::swap(m_tag, o.m_tag);
        std::swap(m_int, o.m_int);
    }

    static value none() noexcept { return value{}; }  // None
    static value error() noexcept {  // "exception pending"
        value v;
        v.m_tag = tag::error;
        return v;
    }
    static value from_bool(bool b) noexcept {  // True / False
        value v;
        v.m_tag = tag::boolean;
        v.m_int = b ? 1 : 0;
        return v;
    }
    static value from_int(std::int64_t i) noexcept {  // an int
        value v;
        v.m_tag = tag::integer;
        v.m_int = i;
        return v;
    }
    static value from_float(double d) noexcept {  // a float
        value v;
        v.m_tag = tag::floating;
        v.m_float = d;
        return v;
    }
    static value from_obj(object* o) noexcept {  // shares an object (increments its count)
        value v;
        v.m_tag = tag::obj;
        v.m_obj = o;
        incref(o);
        return v;
    }

    tag get_tag() const noexcept { return m_tag; }  // what it holds
    bool is_error() const noexcept { return m_tag == tag::error; }  // exception pending
    bool is_none() const noexcept { return m_tag == tag::none; }  // None
    bool is_bool() const noexcept { return m_tag == tag::boolean; }  // True/False
    bool is_int() const noexcept { return m_tag == tag::integer; }  // int (not bool)
    bool is_intlike() const noexcept { return m_tag == tag::integer || m_tag == tag::boolean; }  // int or bool
    bool is_float() const noexcept { return m_tag == tag::floating; }  // float
    bool is_number() const noexcept { return is_intlike() || is_float(); }  // int, bool or float
    bool is_obj() const noexcept { return m_tag == tag::obj; }  // a heap object
    bool is(kind k) const noexcept { return m_tag == tag::obj && m_obj->k == k; }  // an object of that kind
    std::int64_t as_int() const noexcept { return m_int; }  // int or bool payload
    bool as_bool() const noexcept { return m_int != 0; }  // bool payload
    double as_float() const noexcept { return m_float; }  // float payload
    double to_double() const noexcept { return m_tag == tag::floating ? m_float : static_cast<double>(m_int); }
    object* obj() const noexcept { return m_obj; }  // the object (is_obj())
    template <class T> T* as() const noexcept { return static_cast<T*>(m_obj); }  // unchecked downcast
    bool same(const value& o) const noexcept {  // Python `is`
        return m_tag == o.m_tag && m_int == o.m_int;
    }

private:
    tag m_tag;
    union {
        std::int64_t m_int;
        double m_float;
        object* m_obj;
    };
};

}  // namespace looplab::python
