// Vue's browser build has the same API as the package's main entry.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
