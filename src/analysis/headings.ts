/** A Markdown heading: the line it is on, its level (1–6) and its text. */
export interface Heading {
  line: number;
  level: number;
  title: string;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Whether a line underlines a setext heading's title (`===` or `---`). */
export function isSetextUnderline(line: string): boolean {
  return SETEXT.test(line);
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The fence marker (three or more backticks or tildes) a Markdown line starts with, if any. */
export function fenceMarker(line: string): string | undefined {
  return FENCE.exec(line)?.[1];
}

/** Whether `marker` closes a code block opened with `opening`: the same character, at least as many. */
export function closesFence(opening: string, marker: string | undefined): boolean {
  return marker !== undefined && marker[0] === opening[0] && marker.length >= opening.length;
}

/** Whether a file is Markdown, by its name. */
export function isMarkdown(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** The 0-based line that closes a YAML front matter block (`---` … `---` or `...` from line 1), or -1. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return -1;
  return lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
}

/**
 * The headings of a Markdown text (ATX `# Title` and setext `Title` + `===`), skipping fenced
 * code blocks and front matter, in order of their 1-based lines.
 */
export function markdownHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const skipped = frontMatterEnd(lines);
  let fence: string | undefined;
  lines.forEach((line, i) => {
    if (i <= skipped) return;
    const opened = fenceMarker(line);
    if (fence) {
      if (closesFence(fence, opened)) fence = undefined;
      return;
    }
    if (opened) {
      fence = opened;
      return;
    }
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({ line: i + 1, level: atx[1]!.length, title: atx[2]!.trim() });
      return;
    }
    const previous = lines[i - 1];
    const setext = SETEXT.exec(line);
    // Under a list item, a line of dashes is a thematic break, not an underline.
    const underlines = previous !== undefined && i - 1 > skipped && previous.trim() !== '' && !ATX.test(previous) && !LIST_MARKER.test(previous);
    if (setext && underlines && headings.at(-1)?.line !== i) {
      headings.push({ line: i, level: setext[1]![0] === '=' ? 1 : 2, title: previous.trim() });
    }
  });
  return headings;
}

/**
 * The titles of the headings a line sits under, outermost first: for a line below `# Guide`
 * and `## Rollback`, `['Guide', 'Rollback']`. A heading line sits under itself.
 */
export function headingPathAt(headings: readonly Heading[], line: number): string[] {
  const path: Heading[] = [];
  for (const heading of headings) {
    if (heading.line > line) break;
    while (path.length > 0 && path.at(-1)!.level >= heading.level) path.pop();
    path.push(heading);
  }
  return path.map((h) => h.title);
}
