/** A Markdown heading: the line it is on, its level (1–6) and its text. */
export interface Heading {
  line: number;
  level: number;
  title: string;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(```+|~~~+)/;

/** Whether a file is Markdown, by its name. */
export function isMarkdown(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

/**
 * The headings of a Markdown text (ATX `# Title` and setext `Title` + `===`), skipping fenced
 * code blocks, in order of their 1-based lines.
 */
export function markdownHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = undefined;
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
    if (setext && previous !== undefined && previous.trim() !== '' && !ATX.test(previous) && headings.at(-1)?.line !== i) {
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
