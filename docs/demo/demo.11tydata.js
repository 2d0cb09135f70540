/**
 * The demo site: each docs/demo/<name>.html is its article (front matter: title), put in the demo layout
 * (docs/_includes/demo.njk) and written to site/demo/<name>.html. Its HTML is taken as it is, never read
 * as a template, so braces in a page's text stay text.
 */
export default {
  layout: 'demo.njk',
  templateEngineOverride: 'html',
  permalink: ({ page }) => `${page.filePathStem}.html`,
  eleventyExcludeFromCollections: true,
};
