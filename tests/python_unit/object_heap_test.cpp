// object_heap_test.cpp — the vm's object heap: slots are reused, and destroy_all() / ~vm destroy every object,
// reference cycles included, exactly once.
#include "python/object_heap.h"

#include "python/objects.h"
#include "python/vm.h"

#include <gtest/gtest.h>

namespace looplab::python {
namespace {

// Counts constructions and destructions (cppcoro's `counted`); holds one value, to make cycles.
struct counted_object : object {
    static inline int alive = 0;
    static inline int destroyed = 0;
    value held;
    counted_object() : object(kind::other) { ++alive; }
    ~counted_object() override {
        --alive;
        ++destroyed;
    }
};

struct counted_reset {
    counted_reset() { counted_object::alive = counted_object::destroyed = 0; }
};

TEST(object_heap, an_object_is_destroyed_when_its_last_reference_goes_and_its_slot_is_reused) {
    counted_reset reset;
    object_heap heap;
    auto* first = heap.make<counted_object>();
    { value v = value::from_obj(first); }
    EXPECT_EQ(counted_object::destroyed, 1);
    EXPECT_EQ(heap.live_objects(), 0u);
    auto* second = heap.make<counted_object>();
    EXPECT_EQ(static_cast<void*>(second), static_cast<void*>(first));
    value keep = value::from_obj(second);
    EXPECT_EQ(heap.live_objects(), 1u);
    EXPECT_EQ(heap.page_count(), 1u);
}

TEST(object_heap, destroy_all_destroys_a_reference_cycle_once_each) {
    counted_reset reset;
    object_heap heap;
    {
        auto* a = heap.make<counted_object>();
        auto* b = heap.make<counted_object>();
        a->held = value::from_obj(b);
        b->held = value::from_obj(a);
        auto* self_loop = heap.make<counted_object>();
        self_loop->held = value::from_obj(self_loop);
    }
    EXPECT_EQ(counted_object::alive, 3);  // unreachable, but reference counting alone never frees a cycle
    EXPECT_EQ(heap.live_objects(), 3u);
    heap.destroy_all();
    EXPECT_EQ(counted_object::alive, 0);
    EXPECT_EQ(counted_object::destroyed, 3);
    EXPECT_EQ(heap.live_objects(), 0u);
}

TEST(object_heap, a_reference_held_outside_the_heap_may_be_dropped_after_destroy_all) {
    counted_reset reset;
    object_heap heap;
    auto* o = heap.make<counted_object>();
    value outside = value::from_obj(o);
    o->held = outside;  // a cycle through the outside reference too
    heap.destroy_all();
    EXPECT_EQ(counted_object::destroyed, 1);
    outside = value::none();  // decrements the tombstone's count: no second destruction, no use after free
    EXPECT_EQ(counted_object::destroyed, 1);
}

TEST(object_heap, objects_across_many_pages_are_all_destroyed) {
    counted_reset reset;
    object_heap heap;
    std::vector<value> keep;
    for (int i = 0; i < 5000; ++i) {
        keep.push_back(value::from_obj(heap.make<counted_object>()));
        heap.make<counted_object>();  // never referenced: only destroy_all() destroys it
    }
    EXPECT_GT(heap.page_count(), 1u);
    EXPECT_EQ(counted_object::alive, 10000);
    keep.clear();  // the first half goes by reference count; the other half was never referenced
    EXPECT_EQ(counted_object::alive, 5000);
    heap.destroy_all();
    EXPECT_EQ(counted_object::alive, 0);
}

TEST(object_heap, a_vm_destroys_the_cycles_its_objects_form_when_it_goes) {
    counted_reset reset;
    run_config cfg;
    std::size_t live_before_cycles = 0;
    {
        vm m{cfg};
        live_before_cycles = m.heap.live_objects();
        EXPECT_GT(live_before_cycles, 0u);  // the built-in types, modules and builtins
        value list = m.new_list();
        list.as<list_object>()->items.push_back(list);  // l.append(l)
        auto* c = m.heap.make<counted_object>();
        c->held = list;
        list.as<list_object>()->items.push_back(value::from_obj(c));
        value d = m.new_dict();
        d.as<dict_object>()->set(m, m.str_value("self"), d);  // d["self"] = d
        list = value::none();
        d = value::none();
        EXPECT_EQ(m.heap.live_objects(), live_before_cycles + 3 + 1);  // list, counted, dict, the "self" str
        EXPECT_EQ(counted_object::alive, 1);
    }
    EXPECT_EQ(counted_object::alive, 0);
    EXPECT_EQ(counted_object::destroyed, 1);
}

}  // namespace
}  // namespace looplab::python
