/** The built URL of search's code, loaded when search opens (src/build/lazy-chunks.ts). */
declare module 'virtual:search-ui-url' {
  const url: string;
  export default url;
}

/** The built URL of the highlighting a search result's page loads (src/build/lazy-chunks.ts). */
declare module 'virtual:search-highlight-url' {
  const url: string;
  export default url;
}

/** The built URL of the application form's code, loaded on the reader's first action there (src/features/application/). */
declare module 'virtual:application-form-url' {
  const url: string;
  export default url;
}

/** The page's route data, for components that MDX renders without props (as Starlight's route data). */
declare namespace App {
  interface Locals {
    route: import('./routing').Route;
  }
}
