/** The built URL of the search UI's chunk (src/build/lazy-chunks.ts). */
declare module 'virtual:search-ui-url' {
  const url: string;
  export default url;
}

/** The built URL of the chunk loaded on the reader's first interaction (src/features/interact.ts). */
declare module 'virtual:interact-url' {
  const url: string;
  export default url;
}

/** The built URL of the step pages' "done" ticks (src/features/progress/client.ts). */
declare module 'virtual:progress-url' {
  const url: string;
  export default url;
}

/** The built URL of the application form's code, loaded on the reader's first action there (src/features/application/). */
declare module 'virtual:application-form-url' {
  const url: string;
  export default url;
}
