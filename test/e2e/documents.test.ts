import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, tempTree } from '../helpers.js';

const GUIDE = `# Release guide

Releases go out on Tuesdays.

## Rollback

To undo a bad release, run the [rollback script](https://example.com/tools/rollback.sh). It takes **two minutes**.

\`\`\`sh
./rollback.sh --to previous. Then check the dashboard.
\`\`\`

| Step | Owner |
|------|-------|
| Approve the rollback | Dana Whitfield |
`;

describe('Markdown documents', () => {
  it('show the heading path with a citation, in text and JSON', async () => {
    const dir = tempTree({ 'guide.md': GUIDE });
    const text = await runCli(['--seeds', dir, '-n', '1', 'How do I undo a bad release?'], { cwd: dir });
    expect(text.stdout).toContain('[1] guide.md:7:1 › Release guide › Rollback  sentence');
    const [answer] = jsonLines((await runCli(['--json', '--seeds', dir, 'How do I undo a bad release?'], { cwd: dir })).stdout);
    expect(answer!.citations[0]).toMatchObject({ heading: 'Release guide › Rollback', line: 7 });
  });

  it('keep code blocks whole, make table cells passages, and keep offsets exact', async () => {
    const dir = tempTree({ 'guide.md': GUIDE });
    const code = jsonLines((await runCli(['--json', '--seeds', dir, 'rollback.sh dashboard'], { cwd: dir })).stdout)[0]!.citations[0];
    expect(code.text).toBe('./rollback.sh --to previous. Then check the dashboard.');
    const cell = jsonLines((await runCli(['--json', '-n', '5', '--seeds', dir, 'Dana Whitfield approve owner'], { cwd: dir })).stdout)[0]!;
    expect(cell.citations.map((c: any) => c.text).sort()).toEqual(['Approve the rollback', 'Dana Whitfield', 'Owner']);
    const bytes = fs.readFileSync(path.join(dir, 'guide.md'));
    for (const c of [code, ...cell.citations]) expect(bytes.subarray(c.start, c.end).toString()).toBe(c.text);
  });

  it('answer with the section a heading or a table of contents’ line points to, not with the heading', async () => {
    const faq =
      '# FAQ\n\n- [How to get the IP address of the client?](#how-to-get-the-ip-address-of-the-client)\n- [How to close a connection?](#how-to-close-a-connection)\n\n' +
      '## How to get the IP address of the client?\n\nThe remote IP address can be obtained from the raw socket.\n\n## How to close a connection?\n\nCall `close()`.\n';
    const dir = tempTree({ 'README.md': faq });
    const [answer] = jsonLines((await runCli(['--json', '--seeds', dir, 'How to get the IP address of the client?'], { cwd: dir })).stdout);
    expect(answer).toMatchObject({ answered: true, answer: 'The remote IP address can be obtained from the raw socket.' });
    expect(answer!.citations[0]).toMatchObject({ heading: 'FAQ › How to get the IP address of the client?', line: 8 });
  });

  it('do not match link targets', async () => {
    const dir = tempTree({ 'guide.md': GUIDE });
    const r = await runCli(['--json', '--seeds', dir, 'example.com tools'], { cwd: dir });
    expect(jsonLines(r.stdout)[0]!.citations).toEqual([]);
  });
});

describe('Chinese and Japanese documents', () => {
  const dir = () =>
    tempTree({
      'zh.txt': '字节跳动是一家总部位于北京的科技公司。字节跳动的首席执行官是梁汝波。该公司旗下拥有抖音和今日头条等产品。\n东京是日本的首都，人口超过一千万。\n',
      'ja.txt': '富士山は日本で一番高い山です。新幹線は東京と大阪を結んでいます。\n',
    });

  it('a Chinese question finds the right Chinese sentence', async () => {
    const d = dir();
    const [answer] = jsonLines((await runCli(['--json', '--seeds', d, '字节跳动的首席执行官是谁？'], { cwd: d })).stdout);
    expect(answer).toMatchObject({ answered: true, answer: '字节跳动的首席执行官是梁汝波。', span: '梁汝波' });
    expect(answer!.citations[0]).toMatchObject({ source: 'zh.txt', sentence: 2 });
  });

  it('a Japanese question finds the right Japanese sentence', async () => {
    const d = dir();
    const [answer] = jsonLines((await runCli(['--json', '--seeds', d, '新幹線はどこを結んでいますか？'], { cwd: d })).stdout);
    expect(answer!.citations[0]).toMatchObject({ source: 'ja.txt', text: '新幹線は東京と大阪を結んでいます。' });
  });
});
