// code_link_text.cpp — the Script view's link hash and the notices for bad links and dropped files.
#include "app/text/code_link_text.h"

namespace looplab::app {

namespace {
constexpr std::size_t shown_name = 40;  // file names in notices are cut to this many bytes
constexpr const char* instead = "; the experiment runs instead";
}  // namespace

std::string script_link_hash(std::string_view code, std::string_view settings_hash) {
    std::string hash = "code=" + std::string{code};
    if (!settings_hash.empty()) hash += "&" + std::string{settings_hash};
    return hash;
}

std::string url_with_hash(std::string_view page_url, std::string_view hash) {
    return std::string{page_url.substr(0, page_url.find('#'))} + "#" + std::string{hash};
}

std::string code_link_notice(code_problem problem) {
    switch (problem) {
        case code_problem::none:
            break;
        case code_problem::not_base64url:
            return std::string{"code: the link's script is not base64url text (accepted A-Z, a-z, 0-9, '-' and '_')"} +
                   instead;
        case code_problem::damaged:
            return std::string{
                       "code: the link's script is cut short or damaged (its compressed data does not "
                       "decompress)"} +
                   instead;
        case code_problem::too_big:
            return std::string{"code: the link's script decompresses to more than 1 MB (accepted up to 1 MB)"} +
                   instead;
        case code_problem::not_text:
            return std::string{"code: the link's script is not UTF-8 text"} + instead;
        case code_problem::empty:
            return std::string{"code: the link's script is empty"} + instead;
        case code_problem::unsupported:
            return std::string{"code: this browser cannot decompress script links (it has no DecompressionStream)"} +
                   instead;
        case code_problem::unreadable:
            return std::string{"code: the link's script could not be read"} + instead;
    }
    return "";
}

std::string too_long_link_notice(std::size_t hash_length) {
    const std::string limit = std::to_string(max_script_link_hash);
    const std::string measured = hash_length > 0
                                     ? std::to_string(hash_length) + " characters, accepted up to " + limit
                                     : "the script is over 1 MB; links are accepted up to " + limit + " characters";
    return "Copy link: this script is too long for a link (" + measured +
           "); use Download script to share it as a file";
}

std::string dropped_file_notice(std::string_view file_name, code_problem problem) {
    std::string name = "'" + std::string{file_name.substr(0, shown_name)} + "'";
    switch (problem) {
        case code_problem::too_big:
            return "Open file: " + name + " is larger than 1 MB (accepted up to 1 MB); not opened";
        case code_problem::not_text:
            return "Open file: " + name + " is not a text file (it is not UTF-8 text); not opened";
        case code_problem::empty:
            return "Open file: " + name + " is empty; not opened";
        case code_problem::none:
            return "";
        default:
            return "Open file: " + name + " could not be read; not opened";
    }
}

}  // namespace looplab::app
