// The pages' one script, bundled by scripts/build.js into dist/static/kohde.js. Progressive enhancement only: every
// page works without it. Each feature module finds its own elements by data-* attributes and does nothing when a
// page has none, so one bundle serves every page.
import './copy-buttons.js'
import './live-size.js'
