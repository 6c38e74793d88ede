// Hostile HTML pages for the cleaner, each built on demand (some are megabytes): deep nesting, a huge
// attribute, thousands of repeated tags. Every page carries one real sentence so a survivor can be checked.

export const SENTENCE = "Rebels shelled Aleppo on Tuesday, killing 3 people, activists said.";

export const HTML_CASES: Record<string, () => string> = {
  "10,000 nested divs": () => page("<div>".repeat(10_000) + `<p>${SENTENCE}</p>` + "</div>".repeat(10_000)),
  "5,000 unclosed inline tags": () => page(`<p>${SENTENCE}</p>` + "<b><i>x".repeat(5_000)),
  "a 5 MB attribute": () => page(`<p title="${"a".repeat(5 * 1024 * 1024)}">${SENTENCE}</p>`),
  "2,000 repeated paragraphs": () => page(`<p>${SENTENCE}</p>`.repeat(2_000)),
  "10,000 empty spans in an article": () => page(`<p>${SENTENCE}</p>` + "<span></span>".repeat(10_000)),
  "10,000 empty spans in a bare body": () => page(`<p>${SENTENCE}</p>` + "<span></span>".repeat(10_000), { article: false }),
  "20,000 line breaks": () => page(`<p>${SENTENCE}</p>` + "<br>".repeat(20_000)),
};

function page(body: string, options: { article: boolean } = { article: true }): string {
  const content = options.article ? `<article>${body}</article>` : body;
  return `<!doctype html><html><head><title>Hostile page</title></head><body>${content}</body></html>`;
}
