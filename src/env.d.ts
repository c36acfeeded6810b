/** The built URL of the search UI's chunk (src/build/search-ui-chunk.ts). */
declare module 'virtual:search-ui-url' {
  const url: string;
  export default url;
}
