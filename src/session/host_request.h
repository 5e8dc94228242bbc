// host_request.h — a request the session or the Script view queues for its host (clipboard, download, a script
// link, opening a script); host.h hands them on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace looplab {

// A request for the host (clipboard or download); the app or a test hands it on.
struct host_request {
    enum class kind : std::uint8_t {
        copy_text,  // text to the clipboard
        copy_link,  // the page's URL to the clipboard
        download,  // text as a file
        copy_script_link,  // a `#code=` link of the script in text to the clipboard and the address bar
        open_script,  // the script in text opened in the Script view
        pick_script_file,  // the platform's file picker for a script to open (web: an <input type=file>)
    } what = kind::copy_text;  // what to do
    std::string filename;  // download: the file's name
    std::string mime;  // download: its type
    std::string text;  // the contents, or the script (copy_link: empty, the host knows the URL)
};

// Host requests queued at most (session and Script view); past it the oldest is dropped.
inline constexpr std::size_t max_queued_host_requests = 8;

}  // namespace looplab
