/** Reads a Netlify/Cloudflare `_headers` file as pattern → header name → value, as those hosts do. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  return new Map(
    text
      .split(/\n\n+/)
      .filter((block) => block.startsWith('/'))
      .map((block) => {
        const [pattern, ...lines] = block.trim().split('\n');
        const headers = lines.map(
          (line) =>
            line
              .trim()
              .split(/: (.*)/s)
              .slice(0, 2) as [string, string],
        );
        return [pattern!, new Map(headers)];
      }),
  );
}
