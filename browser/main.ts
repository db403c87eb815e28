// The pages' one script, bundled by scripts/build.js into dist/static/kohde.js. Progressive enhancement only: every
// page works without it. Each feature module finds its own elements by data-* attributes and does nothing when a
// page has none, so one bundle serves every page.
import './copy-buttons.js'
import './live-size.js'
import './editor-rows.js'
import './term-picker.js'
import './place-picker.js'
import './list-input.js'
// No control submits on change: a keyboard user arrowing through a closed select would leave the page at the first
// step (WCAG 2.2, 3.2.2 On Input).
