// URL hash <-> session settings: a thin adapter over core's parser and encoder (parse_url_hash / to_url_hash).
#include "app/text/url_state.h"

namespace looplab::app {

load_settings load_from_hash(std::string_view hash) {
    parsed_params parsed = parse_url_hash(hash);
    return load_settings{session_settings{std::move(parsed.config), parsed.scale}, std::move(parsed.problems)};
}

std::string hash_from_settings(const session_settings& settings) {
    return to_url_hash(settings.experiment, settings.scale);
}

}  // namespace looplab::app
