// Types of '/__svelte.js': the frameworks guide's Svelte example, compiled and bundled with
// Svelte by the test server (scripts/wtr-framework-bundles.mjs). tsconfig maps the path here.
import type { Component } from 'svelte';

export declare const Checklist: Component;
export { flushSync, mount, unmount } from 'svelte';
