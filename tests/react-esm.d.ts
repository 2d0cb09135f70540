// Types of '/__react.js': React 19 from npm, bundled to one ES module by the
// test server (scripts/wtr-framework-bundles.mjs). tsconfig maps the path here.
export { createElement } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
