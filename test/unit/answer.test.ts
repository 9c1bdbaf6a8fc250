import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import { scoreCandidates } from '../../src/answer/rank.js';
import { BUNDLED_SEEDS } from '../../src/config.js';
import { openCorpus } from '../../src/corpus/open.js';
import { corpusOf } from './corpus-of.js';

const corpus = corpusOf('The cat sat on the mat. Dogs chase cats in the park. The weather was sunny. A cat is a cat.');

describe('answerQuestion', () => {
  it('answers with the best passage and highlights its matched words', () => {
    const answer = answerQuestion(corpus, 'How was the weather?', { limit: 2 });
    expect(answer).toMatchObject({ answered: true, answer: 'The weather was sunny.', span: 'sunny' });
    expect(answer.citations[0]).toMatchObject({ id: 't.txt#3', sentence: 3, line: 1, column: 54 });
    expect(answer.highlights[0]).toEqual([[4, 11]]);
  });

  it('ranks passages that share more content words first', () => {
    expect(answerQuestion(corpus, 'Where do dogs chase cats?').answer).toBe('Dogs chase cats in the park.');
  });

  it('says not answered, with no citations, when nothing matches', () => {
    expect(answerQuestion(corpus, 'Who wrote Hamlet?')).toEqual({
      question: 'Who wrote Hamlet?',
      answered: false,
      reason: 'no-match',
      answer: null,
      span: null,
      citations: [],
      highlights: [],
    });
    expect(answerQuestion(corpus, 'What is it?').answered).toBe(false);
  });

  it('puts first, for "What is X?", the passage that describes X', () => {
    const news = corpusOf('After Initech shipped the app Snapseed, Acme cut prices. Acme, the firm behind Anvil, grew. Acme sells anvils.');
    expect(answerQuestion(news, 'What is Acme?')).toMatchObject({ answer: 'Acme, the firm behind Anvil, grew.', span: 'firm behind Anvil' });
  });

  it('answers from the section whose heading holds the words its text leaves out', () => {
    const docs = corpusOf(
      '# Server options\n\nEvery option has a default.\n\n## keepAliveTimeout\n\nDefault: 72000 (72 seconds).\n\n## bodyLimit\n\nDefault: 1048576 (1 MiB).\n\n## Notes\n\nThe default logger writes to stdout.\n',
      'server.md',
    );
    const answer = answerQuestion(docs, 'What is the default keepAliveTimeout?');
    expect(answer.citations[0]).toMatchObject({ text: 'Default: 72000 (72 seconds).', heading: 'Server options › keepAliveTimeout' });
  });

  it('defaults to three citations and honours the limit', () => {
    expect(answerQuestion(corpus, 'cat dogs weather').citations).toHaveLength(3);
    expect(answerQuestion(corpus, 'cat dogs weather', { limit: 1 }).citations).toHaveLength(1);
  });
});

describe('abstention', () => {
  const news = corpusOf(
    'Acme Corp makes anvils in Ohio. The company was founded in 1921 by Jane Roe. Acme sells 40,000 anvils a year. Its rival Bolt Inc makes hammers.',
  );

  it('answers when the best passage contains every content word of the question', () => {
    expect(answerQuestion(news, 'Who founded the company?')).toMatchObject({ answered: true, span: 'Jane Roe' });
  });

  it('abstains, still citing the closest passages, when the key words are missing', async () => {
    const seed = await openCorpus([BUNDLED_SEEDS]);
    const answer = answerQuestion(seed, 'When did Apple release the first iPhone?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
    expect(answer.span).toBeNull();
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('ranks a passage with a phrase of the asked-for type above one without', () => {
    const launch = corpusOf('Acme launched the Anvil Pro after a long wait. Acme recently launched the Anvil Mini.');
    const [best, other] = answerQuestion(launch, 'When did Acme launch the Anvil?', { limit: 2 }).citations;
    expect(best!.text).toBe('Acme recently launched the Anvil Mini.');
    expect(best!.score).toBeGreaterThan(other!.score);
  });

  it('answers the easiest questions: the words of a one-sentence fact', () => {
    const pumps = corpusOf('Intro line.\nThe pumps failed on Friday.\n');
    expect(answerQuestion(pumps, 'When did the pumps fail?')).toMatchObject({ answered: true, span: 'Friday' });
    const reactor = corpusOf('The reactor was shut down on Tuesday for routine maintenance.\n');
    expect(answerQuestion(reactor, 'When was the reactor shut down?')).toMatchObject({ answered: true, span: 'Tuesday' });
  });

  it('says why it did not answer', async () => {
    const seed = await openCorpus([BUNDLED_SEEDS]);
    const answer = answerQuestion(seed, 'When did Apple release the first iPhone?');
    expect(answer.reason).toMatch(/^(?:type-missing|only-names|low-confidence)$/);
    expect(answerQuestion(seed, 'Where do penguins nest?').reason).toBe('no-match');
    expect(answerQuestion(seed, "Who is ByteDance's CEO?").reason).toBeNull();
  });

  it('ranks the passage with the expected answer type first', () => {
    expect(answerQuestion(news, 'When was Acme founded?').span).toBe('1921');
    expect(answerQuestion(news, 'How many anvils does Acme sell?').span).toBe('40,000');
  });
});

describe('candidates', () => {
  const texts = (docs: ReturnType<typeof corpusOf>, question: string) => scoreCandidates(docs, analyzeQuestion(question)).map((c) => c.passage.text);
  const server = '# Server\n\n## keepAliveTimeout\n\n72000 ms.\n\nSet it per server.\n\n## bodyLimit\n\n1 MiB.\n';

  it('take in the passages of a section whose heading the search finds, up to the next heading', () => {
    const found = texts(corpusOf(server, 's.md'), 'What is the keepAliveTimeout?');
    expect(found).toEqual(expect.arrayContaining(['## keepAliveTimeout', '72000 ms.', 'Set it per server.']));
    expect(found).not.toContain('## bodyLimit');
    expect(found).not.toContain('1 MiB.');
  });

  it('never answer with a heading: the likeliest passage of its section ranks in its place', () => {
    const guide = '# Guide\n\n## Enable logging\n\nLogging is off by default.\n\nEnable it by passing `{ logger: true }` when you create the server.\n';
    const found = texts(corpusOf(guide, 'g.md'), 'How do I enable logging?');
    expect(found[0]).toBe('Enable it by passing `{ logger: true }` when you create the server.');
    expect(found.indexOf('## Enable logging')).toBeGreaterThan(0);
  });

  it('read a table of contents’ line as the heading it links to', () => {
    const faq =
      '# FAQ\n\n- [How to get the IP address of the client?](#how-to-get-the-ip-address-of-the-client)\n- [How to close a connection?](#how-to-close-a-connection)\n\n' +
      '## How to get the IP address of the client?\n\nThe remote IP address can be obtained from the raw socket.\n\n## How to close a connection?\n\nCall `close()`.\n';
    const found = texts(corpusOf(faq, 'faq.md'), 'How to get the IP address of the client?');
    expect(found[0]).toBe('The remote IP address can be obtained from the raw socket.');
    expect(found.indexOf('- [How to get the IP address of the client?](#how-to-get-the-ip-address-of-the-client)')).toBeGreaterThan(0);
  });

  it('rank a heading below its section’s passages even when a table of contents opens the section or links back to it', () => {
    const logging = '# Logging\n\n- [Turn it on](#turn-it-on)\n- [Turn it off](#turn-it-off)\n\n## Turn it on\n\nPass true.\n\n## Turn it off\n\nPass false.\n';
    expect(texts(corpusOf(logging, 'l.md'), 'How does logging work?')[0]).toBe('Pass true.');
    const looped = '## Enable logging\n\n- [Enable logging](#enable-logging)\n\nIt is enabled by passing logger true.\n';
    expect(texts(corpusOf(looped, 'l.md'), 'How do I enable logging?')[0]).toBe('It is enabled by passing logger true.');
  });

  it('give a heading with nothing under it no chance to answer', () => {
    const docs = corpusOf('# Guide\n\nSome intro text about servers.\n\n## Enable logging\n', 'g.md');
    expect(answerQuestion(docs, 'How do I enable logging?')).toMatchObject({ answered: false });
  });

  it('take each passage once, and none past the end of the document or from a file that is not Markdown', () => {
    const found = texts(corpusOf('# Timeouts\n\n## Timeout values\n\n72000 ms.\n\n## Last timeout\n', 's.md'), 'Which timeout values?');
    expect(found).toHaveLength(new Set(found).size);
    expect(found).toContain('72000 ms.');
    expect(texts(corpusOf(server, 's.txt'), 'What is the keepAliveTimeout?')).toEqual(['## keepAliveTimeout']);
  });
});
