// Types of '/__angular.js': the frameworks guide's Angular example with Angular's JIT
// compiler, bundled by the test server (scripts/wtr-framework-bundles.mjs). tsconfig maps the path here.
export { RisksComponent } from './types/angular/risks.component.js';
export { provideZonelessChangeDetection } from '@angular/core';
export { bootstrapApplication } from '@angular/platform-browser';
