// URL hash <-> session settings: a thin adapter over core's parser and encoder (parse_url_hash / to_url_hash).
#include "app/text/url_state.h"

namespace looplab::app {

page_hash read_page_hash(std::string_view hash) {
    parsed_params parsed = parse_url_hash(hash);
    return page_hash{
        load_settings{session_settings{std::move(parsed.config), parsed.scale}, std::move(parsed.problems)},
        parsed.text_percent, std::move(parsed.code)};
}

load_settings load_from_hash(std::string_view hash) { return read_page_hash(hash).load; }

std::string hash_from_settings(const session_settings& settings, int text_percent) {
    return to_url_hash(settings.experiment, settings.scale, text_percent);
}

}  // namespace looplab::app
