// EMSCRIPTEN_KEEPALIVE exports that web/looplab_code_link.js calls: the codec's answers and dropped files.
#include "app/app.h"
#include "app/code_link.h"
#include "app/web_api.h"

#include <emscripten/emscripten.h>

#include <string_view>

namespace {
std::string_view text_of(const char* data, int length) {
    return data != nullptr && length > 0 ? std::string_view{data, static_cast<std::size_t>(length)}
                                         : std::string_view{};
}
looplab::app::code_problem problem_of(int number) {
    return number >= 1 && number <= 7 ? static_cast<looplab::app::code_problem>(number)
                                      : looplab::app::code_problem::unreadable;
}
}  // namespace

extern "C" {

// The page inflated request's `code=` into UTF-8 text (length bytes).
EMSCRIPTEN_KEEPALIVE void looplab_code_decoded(int request, const char* text, int length) {
    if (auto* a = looplab::app::web_api_bound_app())
        looplab::app::code_link_decoded(*a, request, text_of(text, length));
}

// The page could not decode request's `code=` (problem: code_link_text.h's code_problem number).
EMSCRIPTEN_KEEPALIVE void looplab_code_failed(int request, int problem) {
    if (auto* a = looplab::app::web_api_bound_app()) looplab::app::code_link_failed(*a, request, problem_of(problem));
}

// The page compressed request's script into this `code=` value.
EMSCRIPTEN_KEEPALIVE void looplab_code_encoded(int request, const char* code, int length) {
    if (auto* a = looplab::app::web_api_bound_app())
        looplab::app::code_link_encoded(*a, request, text_of(code, length));
}

// The page could not compress request's script.
EMSCRIPTEN_KEEPALIVE void looplab_code_encode_failed(int request) {
    if (auto* a = looplab::app::web_api_bound_app()) looplab::app::code_link_encode_failed(*a, request);
}

// A file dropped on the page: its name, what the page found wrong (0: nothing) and its UTF-8 text.
EMSCRIPTEN_KEEPALIVE void looplab_dropped_file(const char* name, int problem, const char* text, int length) {
    auto* a = looplab::app::web_api_bound_app();
    if (a == nullptr) return;
    const auto found = problem == 0 ? looplab::app::code_problem::none : problem_of(problem);
    looplab::app::open_dropped_file(*a, name != nullptr ? name : "", found, text_of(text, length));
}

// The largest script a link may inflate to or a file may be, in bytes.
EMSCRIPTEN_KEEPALIVE double looplab_max_script_bytes() { return static_cast<double>(looplab::app::max_script_bytes); }

}  // extern "C"
