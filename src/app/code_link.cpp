// code_link.cpp — `#code=` links and dropped files in the app: requests to the page's codec, its answers, notices.
#include "app/code_link.h"

#include "app/app.h"
#include "app/browser_bridge.h"
#include "app/text/url_state.h"

namespace looplab::app {

namespace {

void notice(app& a, std::string text) { a.model.apply(show_notice{std::move(text)}); }

// Rewrites the hash in place (no history entry) to what the page now shows.
void rewrite_hash(app& a) {
    a.last_hash = page_hash_text(a);
    browser_replace_hash(a.last_hash);
}

void forget_link(app& a) {
    a.code_link.code.clear();
    a.code_link.script.clear();
    a.code_link.decoding = false;
}

}  // namespace

void code_link_read_hash(app& a, const std::optional<std::string>& code) {
    code_link_state& link = a.code_link;
    if (!code) {
        if (link.opened_view) a.view.request_mode(ui::page_mode::experiment);  // Back from a link: the experiment again
        link.opened_view = false;
        forget_link(a);
        return;
    }
    if (!code->empty() && *code == link.code && (link.decoding || a.model.script().text() == link.script))
        return;  // open
    forget_link(a);
    if (code->empty()) {
        notice(a, code_link_notice(code_problem::empty));
        a.view.request_mode(ui::page_mode::experiment);
        link.opened_view = false;
        rewrite_hash(a);
        return;
    }
    link.code = *code;
    link.decoding = true;
    browser_decode_code(++link.decode_request, link.code, max_script_bytes);
}

void code_link_decoded(app& a, int request, std::string_view text) {
    code_link_state& link = a.code_link;
    if (request != link.decode_request || !link.decoding) return;  // a newer hash came since
    link.decoding = false;
    link.script = std::string{text};
    open_script_in_view(a, text);
    link.opened_view = true;
    browser_announce("Opened the link's script in the Script view");
}

void code_link_failed(app& a, int request, code_problem problem) {
    if (request != a.code_link.decode_request || !a.code_link.decoding) return;
    forget_link(a);
    notice(a, code_link_notice(problem));
    a.view.request_mode(ui::page_mode::experiment);
    a.code_link.opened_view = false;
    rewrite_hash(a);
}

void code_link_copy(app& a, std::string_view script) {
    if (script.empty()) {
        notice(a, "Copy link: the script is empty; there is nothing to share");
        return;
    }
    if (script.size() > max_script_bytes) {
        notice(a, too_long_link_notice(0));
        return;
    }
    a.code_link.script = std::string{script};
    browser_encode_code(++a.code_link.encode_request, script);
}

void code_link_encoded(app& a, int request, std::string_view code) {
    code_link_state& link = a.code_link;
    if (request != link.encode_request) return;
    session_settings settings = a.model.settings();
    settings.experiment.seed = a.model.script().seed();  // the seed the script ran with: the link reproduces its output
    const std::string hash = script_link_hash(code, hash_from_settings(settings, a.view.text_percent));
    if (hash.size() > max_script_link_hash) {
        notice(a, too_long_link_notice(hash.size()));
        return;
    }
    link.code = std::string{code};
    link.decoding = false;
    a.last_hash = hash;
    browser_copy_to_clipboard(url_with_hash(browser_page_url(), hash));
    browser_push_hash(hash);  // a history entry: Back returns to the page before the link
    browser_announce("Link to the script copied to the clipboard");
}

void code_link_encode_failed(app& a, int request) {
    if (request != a.code_link.encode_request) return;
    notice(a,
           "Copy link: this browser cannot compress a script link (it has no CompressionStream); use Download "
           "script to share it as a file");
}

void open_script_in_view(app& a, std::string_view text) {
    a.model.apply(script_view_command{script_start{a.model.settings().experiment.seed}});
    a.model.apply(script_view_command{script_load{std::string{text}}});
    a.view.request_mode(ui::page_mode::script);
}

void open_dropped_file(app& a, std::string_view name, code_problem problem, std::string_view text) {
    if (problem == code_problem::none && text.empty()) problem = code_problem::empty;
    if (problem != code_problem::none) {
        notice(a, dropped_file_notice(name, problem));
        return;
    }
    open_script_in_view(a, text);
    browser_announce("Opened " + std::string{name.substr(0, 40)} + " in the Script view");
}

void code_link_frame(app& a) {
    code_link_state& link = a.code_link;
    if (link.code.empty() || link.decoding || a.model.script().text() == link.script) return;
    forget_link(a);  // the Script view runs another script now: the link no longer says what is open
    rewrite_hash(a);
}

std::string page_hash_text(const app& a) {
    const std::string settings = hash_from_settings(a.model.settings(), a.view.text_percent);
    const code_link_state& link = a.code_link;
    if (link.code.empty() || (!link.decoding && a.model.script().text() != link.script)) return settings;
    return script_link_hash(link.code, settings);
}

}  // namespace looplab::app
