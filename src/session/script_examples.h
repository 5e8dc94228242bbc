// script_examples.h — the Script view's examples, one click each; each opens with a two-line comment saying what to
// watch for. The first is the blog post's 2016 script as the blog has it (its comment lines are LoopLab's).
//
// Usage:
//   for (const looplab::script_example& e : looplab::script_examples()) if (button(e.title)) load(e.text);
#pragma once

#include <span>
#include <string_view>

namespace looplab {

// One example script.
struct script_example {
    std::string_view key;  // "blocking": for links and tests
    std::string_view title;  // "The blocking-call mistake": the button's label
    std::string_view text;  // the script
};

// Every example, in the order the view lists them.
std::span<const script_example> script_examples() noexcept;

}  // namespace looplab
