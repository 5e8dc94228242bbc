// The page's test and integration hooks (chips-test's webapi.c model): C exports callable from page JS.
#pragma once

namespace looplab::app {

struct app;

// Makes `a` the app that the exported hooks observe and drive.
void web_api_bind(app* a);
// The bound app (nullptr before main() bound it), for the other files of exports.
app* web_api_bound_app();

}  // namespace looplab::app
