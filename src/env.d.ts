/** The built URL of the search UI's chunk (src/build/search-ui-chunk.ts). */
declare module 'virtual:search-ui-url' {
  const url: string;
  export default url;
}

/** The built URL of the chunk loaded on the reader's first interaction (src/features/interact.ts). */
declare module 'virtual:interact-url' {
  const url: string;
  export default url;
}
