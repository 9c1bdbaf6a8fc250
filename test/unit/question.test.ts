import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../src/answer/entities.js';
import { isCommonWord, isProperAdjective, nounTypeOf, sortedEntry } from '../../src/answer/lexicon.js';
import lexicon from '../../src/answer/lexicon.json' with { type: 'json' };
import { abstainReason, MODEL, probability } from '../../src/answer/model.js';
import { FEATURE_NAMES } from '../../src/answer/features.js';
import { analyzeQuestion, askedNouns } from '../../src/answer/question.js';
import { extractSpan } from '../../src/answer/span.js';

describe('the answer type a question asks for', () => {
  it.each([
    ['Who is the CEO?', 'person'],
    ['How many jobs are there?', 'number'],
    ['How much does it cost?', 'money'],
    ['What fee does the facilitator charge?', 'money'],
    ['How much did I spend on food?', 'money'],
    ['What will the moving company cost us?', 'money'],
    ['What is the per-head budget for dinner?', 'money'],
    // Time, effort and memory are spent and cost too; "what" asks for money only by a money noun or "What does … cost?".
    ['What does Zhang spend his time on?', 'other'],
    ['How much time did we spend on it?', 'number'],
    ['How much memory does pino cost?', 'number'],
    ['What is the performance cost of redaction?', 'other'],
    ['What year was the budget passed?', 'date'],
    ['What company cut its prices?', 'person'],
    ['How old is the CEO?', 'duration'],
    ['How long did the war last?', 'duration'],
    ['When was it founded?', 'date'],
    ['What year did it open?', 'date'],
    ['What is the release date of Sora?', 'date'],
    ['What was the date of the attack?', 'date'],
    ['Where is the headquarters?', 'place'],
    ['What countries are in Central America?', 'place'],
    ['Which cities host the games?', 'place'],
    ['What is Boximator?', 'other'],
    ['What composer used sound mass?', 'person'],
    ['Which counties border Texas?', 'place'],
    ['What holiday is in September?', 'date'],
    ['What temperature does water boil at?', 'number'],
    ['What colour is the sky?', 'other'],
    ['What are the charges?', 'other'],
    ['The album was released when?', 'date'],
    ['And when did the strike end?', 'date'],
    ['Why do I lose logs when I call process.exit()?', 'other'],
    ['When loading two env files, which value wins?', 'other'],
    ['Where was she when the war began?', 'place'],
    ['What doctor was with him when he died?', 'person'],
    ['By when is Dana to draft the plan?', 'date'],
    ['I upgraded to v5. When was v4 deprecated?', 'date'],
    ['Quick question: when did it ship?', 'date'],
    ['When exactly is the deadline?', 'date'],
    ['When am I due?', 'date'],
    ["When'd it ship?", 'date'],
    ['When and where was it signed?', 'date'],
    ['Released when? In 1999?', 'date'],
    ['Since when is it free?', 'date'],
  ])('%s → %s', (question, type) => {
    expect(analyzeQuestion(question).type).toBe(type);
  });
});

describe('whether the wording demands its answer type', () => {
  it.each([
    ['When did Acme open?', true],
    ['How many anvils does Acme sell?', true],
    ['What year did Acme open?', true],
    ['Where is Acme based?', false],
    ['Which country is Acme in?', false],
    ['Who is the CEO of Acme?', true],
    ["Who is Acme's CEO?", true],
    ['Who founded Acme?', true],
    ['Who is Jane Roe?', false],
    ['Who is behind Snapseed?', true],
    ['who was victoria jackson', false],
    ['What stage is the tool at?', false],
    ['What is Acme?', false],
  ])('%s → %s', (question, demands) => {
    expect(analyzeQuestion(question).demandsType).toBe(demands);
  });
});

describe('question cues', () => {
  it.each([
    ['What kind of tool is Boximator?', 'describe', 'Boximator'],
    ["What is Liang Rubo's role?", 'describe', 'Liang Rubo'],
    ['Who was Paul Avery?', 'who-is', ''],
    ['Where is Acme based?', 'where', ''],
    ['When was she born?', 'birth', ''],
    ['When did he die?', 'end', ''],
    ['What year did Acme open?', 'year', ''],
    ['When did the war end?', 'end', ''],
    ['How many towns are there?', 'counted', 'towns'],
    ["What is the name of Acme's drawing tool?", 'named', 'drawing tool'],
    ["Who is the husband of Betty Ford?", 'role', ' husband of Betty'],
    ['Which company made VideoPoet?', 'which', ' company made VideoPoet'],
  ] as const)('%s → %s %s', (question, cue, captured) => {
    expect(analyzeQuestion(question).cues.get(cue)).toBe(captured);
  });

  it('are absent when the wording does not call for them', () => {
    const { cues } = analyzeQuestion("Who is Acme's CEO?");
    expect([...cues.keys()]).toEqual(['describe', 'role']);
  });
});

describe('askedNouns', () => {
  it('finds the noun a what/which question names its answer by', () => {
    expect(askedNouns(analyzeQuestion('What county is Novi in?'))).toEqual(['county']);
    expect(askedNouns(analyzeQuestion('What is ByteDance building?'))).toEqual([]);
    expect(askedNouns(analyzeQuestion('What south dakota county is Wakonda in?'))).toEqual(['county', 'south']);
    expect(askedNouns(analyzeQuestion('What video game did Nintendo release?'))).toEqual(['game', 'video']);
    expect(askedNouns(analyzeQuestion('Which chatbot runs on it?'))).toEqual(['runs', 'chatbot']);
    expect(askedNouns(analyzeQuestion('Which company made VideoPoet?'))).toEqual(['made', 'company']);
    expect(askedNouns(analyzeQuestion('What Acme product is sold?'))).toEqual(['product']);
    expect(askedNouns(analyzeQuestion('Who is the husband of Betty Ford?'))).toEqual(['husband']);
    expect(askedNouns(analyzeQuestion("Who are Acme's rivals?"))).toEqual(['rivals']);
    expect(askedNouns(analyzeQuestion("What are Acme's rivals?"))).toEqual(['rivals']);
    expect(askedNouns(analyzeQuestion('What is the capital of France?'))).toEqual([]);
    expect(askedNouns(analyzeQuestion("What is the name of Acme's in-house drawing tool?"))).toEqual(['tool', 'in-house']);
  });
});

describe('entitiesOf', () => {
  const text = 'In March 2024 Liang Rubo hired over 300 people at the AI lab in Beijing.';
  const found = (type: Parameters<typeof entitiesOf>[1]) => entitiesOf(text, type).map((c) => text.slice(c.start, c.end));

  it('finds dates, numbers and names, but not lone acronyms as names', () => {
    expect(found('date')).toEqual(['March 2024']);
    expect(found('number')).toEqual(['over 300']);
    expect(found('person')).toEqual(['Liang Rubo', 'Beijing']);
    expect(found('other')).toEqual([]);
  });

  const all = (text: string, type: Parameters<typeof entitiesOf>[1]) => entitiesOf(text, type).map((c) => text.slice(c.start, c.end));

  it('finds sums of money: amounts with a currency sign or word, not other amounts', () => {
    expect(all('The server cost €1,200 and has 32 GB; the rent is 46 pounds a year, or $5 million in all, ¥500 a day.', 'money')).toEqual(['€1,200', '46 pounds', '$5 million', '¥500']);
    expect(all('The server has 32 GB of RAM and 3 disks; prices rose 10 per cent.', 'money')).toEqual([]);
  });

  it('does not take months, weekdays, adjectives or capitalised function words for names', () => {
    expect(all('On Monday, an American duo and the Austro-Hungarian army met Gavrilo Princip in June.', 'person')).toEqual(['Gavrilo Princip']);
    expect(all("It's said by Arthur Brisbane.", 'person')).toEqual(['Arthur Brisbane']);
    expect(all('Despite its size, Initech was slower than Acme.', 'person')).toEqual(['Initech', 'Acme']);
  });

  it('does not take a lone common word capitalised to start a sentence for a name', () => {
    expect(all('Reports suggest Initech is hiring. Recently, Initech hired Ada Lovelace.', 'person')).toEqual(['Initech', 'Initech', 'Ada Lovelace']);
    expect(all('Washington crossed the Delaware.', 'person')).toEqual(['Washington', 'Delaware']);
    expect(all('Cook sailed on.', 'person')).toEqual(['Cook']);
    expect(all('It was filed by Reports Inc.', 'person')).toEqual(['Reports Inc']);
  });

  it('reads a range, a number with its scale in words, and a unit of measure as one amount', () => {
    const amounts = (text: string): string[] => entitiesOf(text, 'number').map((c) => text.slice(c.start, c.end));
    expect(amounts('It killed 90,000–166,000 people in Hiroshima.')).toEqual(['90,000–166,000']);
    expect(amounts('Over one million children were killed.')).toEqual(['Over one million']);
    expect(amounts('A shot holds 80 to 150 mg of caffeine.')).toEqual(['80 to 150 mg']);
    expect(amounts('Wells reach depths of more than 500 feet.')).toEqual(['more than 500 feet']);
  });

  it('reads an age or a length as a measured amount or a date, never a count of things', () => {
    expect(all('Rubo laid out three goals for the quarter.', 'duration')).toEqual([]);
    expect(all('Rubo laid out three goals for the quarter.', 'number')).toEqual(['three']);
    expect(all('The empire lasted over 500 years and had 40 provinces.', 'duration')).toEqual(['over 500 years']);
    expect(all('The 45-year-old runs 12 shops.', 'duration')).toEqual(['45']);
    expect(all('Its 30 staff opened it on May 6, 1945.', 'duration')).toEqual(['May 6, 1945']);
  });

  it('reads a time or size written as docs write it, unit glued on or abbreviated, as one amount', () => {
    expect(all('Requests time out after 5000ms; retries back off for 30s, then 1.5h.', 'duration')).toEqual(['5000ms', '30s', '1.5h']);
    expect(all('The default is 500 ms, or 2 hrs for batch jobs; tokens last 7d.', 'duration')).toEqual(['500 ms', '2 hrs', '7d']);
    expect(all('The cache holds 512MB and answers in 10-20ms.', 'number')).toEqual(['512MB', '10-20ms']);
    expect(all('A 3D model on 5G phones.', 'number')).toEqual([]);
    expect(all('Use a 30s timeout; the 512MB limit holds for an 8h shift.', 'number')).toEqual(['30s', '512MB', '8h']);
  });

  it('takes no short unit for a decade, an age, a number inside a word or a capital letter after a space', () => {
    expect(all('The band was big in the 80s; he was in his 30s, in the mid-60s.', 'duration')).toEqual([]);
    expect(all('It has run on k8s since then; F-16s flew over.', 'duration')).toEqual([]);
    expect(all('They met at 350 S Main St. and hit 40 HR.', 'number')).toEqual(['350', '40']);
  });

  it('reads numbers in words, and not a day of the month, a year or "one of" as an amount when there is another', () => {
    expect(all('The state has twenty-eight states and seventeen territories.', 'number')).toEqual(['twenty-eight', 'seventeen']);
    expect(all('On May 6, 1945 one of the 13 colonies rose.', 'number')).toEqual(['13']);
    expect(all('Its 2011 population was 432,427.', 'number')).toEqual(['432,427']);
  });

  it('takes no year or ordinal for a count, but a date may tell an age', () => {
    expect(all('The Scarlet Letter is an 1850 romantic work.', 'number')).toEqual([]);
    expect(all('Lincoln was the 16th President.', 'number')).toEqual([]);
    expect(all('He was born on December 9, 1916.', 'number')).toEqual([]);
    expect(all('He was born on December 9, 1916.', 'duration')).toEqual(['December 9, 1916']);
  });
});

describe('lexicon', () => {
  it('knows what common nouns name, plurals included', () => {
    expect(nounTypeOf('composer')).toBe('person');
    expect(nounTypeOf('counties')).toBe('place');
    expect(nounTypeOf('month')).toBe('date');
    expect(nounTypeOf('kind')).toBeUndefined();
  });

  it('does not take a line or a direction for a place ("What trend …" asks for no name)', () => {
    expect(nounTypeOf('trend')).toBeUndefined();
    expect(nounTypeOf('direction')).toBeUndefined();
    expect(nounTypeOf('region')).toBe('place');
  });

  it('types a noun only when most of its uses name such things, and knows rivers and mountains are places', () => {
    expect(nounTypeOf('field')).toBeUndefined();
    expect(nounTypeOf('source')).toBeUndefined();
    expect(nounTypeOf('stage')).toBeUndefined();
    expect(nounTypeOf('country')).toBeDefined();
    expect(nounTypeOf('river')).toBe('place');
    expect(nounTypeOf('mountains')).toBe('place');
    expect(nounTypeOf('continent')).toBe('place');
  });

  it('knows common words WordNet never capitalises, inflected or not', () => {
    expect(isCommonWord('Reports')).toBe(true);
    expect(isCommonWord('recently')).toBe(true);
    expect(isCommonWord('Founded')).toBe(true);
    expect(isCommonWord('Cook')).toBe(false);
    expect(isCommonWord('Initech')).toBe(false);
  });

  it('finds every word of its lists, and nothing between them', () => {
    const words = (spaced: string): string[] => spaced.trim().split(' ');
    expect(words(lexicon.commonWords).filter((w) => !isCommonWord(w))).toEqual([]);
    expect(words(lexicon.properAdjectives).filter((w) => !isProperAdjective(w))).toEqual([]);
    for (const [type, nouns] of Object.entries(lexicon.nouns)) expect(words(nouns).filter((w) => nounTypeOf(w) !== type)).toEqual([]);
    expect(words(lexicon.commonWords).filter((w) => isCommonWord(`${w}qx`))).toEqual([]);
    expect(words(lexicon.properAdjectives).filter((w) => isProperAdjective(`${w}q`))).toEqual([]);
  });

  it('knows capitalised adjectives', () => {
    expect(isProperAdjective('Norwegian')).toBe(true);
    expect(isProperAdjective('Norway')).toBe(false);
  });
});

/** The span extractSpan cuts from `passage` for `question`. */
const spanOf = (question: string, passage: string): string | null => extractSpan(analyzeQuestion(question), passage);

describe('extractSpan', () => {
  it('picks the name the question does not already contain', () => {
    expect(spanOf("Who is ByteDance's CEO?", 'Liang Rubo, ByteDance’s CEO, has laid out three goals.')).toBe('Liang Rubo');
  });

  it('keeps the passage without the question words at either end for other questions', () => {
    const glacier = 'A glacier cave is a cave formed within the ice of a glacier.';
    expect(spanOf('How are glacier caves formed?', glacier)).toBe('within the ice');
    expect(spanOf('What is ByteDance trying to keep pace with?', 'ByteDance is trying to keep pace with rivals like OpenAI.')).toBe(
      'rivals like OpenAI',
    );
  });

  it('keeps the characters of a Chinese question word out of the span, though character pairs overlap', () => {
    expect(spanOf('字节跳动的首席执行官是谁？', '字节跳动的首席执行官是梁汝波。')).toBe('梁汝波');
    expect(spanOf('字节跳动的总部在哪里？', '字节跳动的总部位于北京。')).toBe('位于北京');
  });

  it('gives a number with its unit, and nothing else that follows it', () => {
    expect(spanOf('How much RAM does the server have?', 'The server has 32 GB of RAM.')).toBe('32 GB');
    expect(spanOf('How much is loaded onto the card?', 'Load 20 euros onto the card.')).toBe('20 euros');
    expect(spanOf('How many times did the alert fire?', 'The alert fired 14 times this week.')).toBe('14 times');
    expect(spanOf('How many days a week is remote work allowed?', 'Remote work is allowed three days a week.')).toBe('three days');
    expect(spanOf('How many were killed?', 'Police said 14 died in the blast.')).toBe('14');
    expect(spanOf('How much did it weigh?', 'It weighed 20 yesterday.')).toBe('20');
  });

  it('never cuts inline code in two', () => {
    const listen = "By default, listen uses `port: 0` (which picks the first free port) and `host: 'localhost'`.";
    expect(spanOf('What is the default port and host that listen uses?', listen)).toBe("`port: 0` (which picks the first free port) and `host: 'localhost'`");
    expect(spanOf('What does listen take by default?', 'By default listen takes ``port: `0` `` and a host.')).toBe('``port: `0` `` and a host');
  });

  it('cuts who, when and how-many answers down to the name, date or number', () => {
    expect(spanOf('How many jobs are linked to AI?', 'The site lists over 300 jobs linked to AI.')).toBe('over 300');
    expect(spanOf('How much does the Team plan cost?', 'The Team plan, for 12 seats, has a monthly price of 40 euros.')).toBe('40 euros');
    expect(spanOf('When was the company founded?', 'The company was founded in March 2012 in Beijing.')).toBe('March 2012');
  });

  it('describes someone a "who is <name>" question asks about, and names whoever fills a role', () => {
    const text = 'Paul Avery was an American police reporter, best known for his stories on the Zodiac, and later on the Patricia Hearst kidnapping.';
    expect(spanOf('Who was Paul Avery?', text)).toBe('American police reporter, best known for his stories on the Zodiac, and later on the Patricia Hearst kidnapping');
    expect(spanOf('Who was the reporter?', text)).toBe('Paul Avery');
    const executives = 'Kelly Zhang and Alex Zhu, executives under Liang Rubo, realigned their roles.';
    expect(spanOf('Who were Kelly Zhang and Alex Zhu?', executives)).toBe('executives under Liang Rubo, realigned their roles');
    expect(spanOf('Who were the founders?', 'The founders were Kelly Zhang and Alex Zhu.')).toBe('Kelly Zhang and Alex Zhu');
  });

  it('prefers the number that counts what a how-many question counts', () => {
    const text = 'New Hampshire has 13 counties and 221 towns.';
    expect(spanOf('How many towns are in New Hampshire?', text)).toBe('221');
    expect(spanOf('How many counties are in New Hampshire?', text)).toBe('13');
  });

  it('does not give a single word left after cutting off the question’s words as a name', () => {
    expect(spanOf('Who founded ByteDance?', 'Liang Rubo, ByteDance’s CEO, has laid out three goals.')).toBe('Liang Rubo');
    expect(spanOf('Who passed No Child Left Behind?', 'President Bush signed the No Child Left Behind Act in 2002.')).toBe('President Bush');
  });

  it('takes a word glued from parts as one question word: "videos" is not the "video" of VideoPoet', () => {
    expect(spanOf('What does VideoPoet make?', 'VideoPoet makes short videos.')).toBe('short videos');
  });

  it('cuts the question’s words off the start of a name, and a possessive off its end', () => {
    const text = 'Apple’s CEO Tim Cook announced plans, even in founder Zhang’s hometown.';
    expect(spanOf("Who is Apple's CEO?", text)).toBe('Tim Cook');
    expect(spanOf('Who is the founder?', 'It earned praise in founder Zhang’s hometown.')).toBe('Zhang');
  });

  it('prefers a person named after "by"', () => {
    const text = 'The Rime of the Ancient Mariner is a poem written by Samuel Taylor Coleridge in 1797.';
    expect(spanOf('Who wrote the ancient mariner?', text)).toBe('Samuel Taylor Coleridge');
    const longer = 'The Rime of the Ancient Mariner (first printed in London) is the longest major poem by the English poet Samuel Taylor Coleridge.';
    expect(spanOf('Who wrote the ancient mariner?', longer)).toBe('Samuel Taylor Coleridge');
  });

  it('reads a life span in parentheses by what the question asks', () => {
    const text = 'Jack LaLanne (September 26, 1914 – January 23, 2011) was a fitness expert who opened a gym in 1936.';
    expect(spanOf('When did Jack LaLanne die?', 'Jack LaLanne (September 26, 1914 – January 23, 2011) was a fitness expert.')).toBe('January 23, 2011');
    expect(spanOf('When was Jack LaLanne born?', text)).toBe('September 26, 1914');
    expect(spanOf('When did Jack LaLanne open a gym?', text)).toBe('1936');
    expect(spanOf('What year was LaLanne born?', text)).toBe('1914');
  });

  it('gives a time told from now when the passage has no date', () => {
    expect(spanOf('When did Acme hire Ada?', 'Recently, Acme hired Ada, a prominent engineer.')).toBe('Recently');
    expect(spanOf('When are the goals for?', 'The CEO laid out three goals for this quarter.')).toBe('this quarter');
    expect(spanOf('When did Acme hire Ada?', 'Acme recently hired Ada in May 2021.')).toBe('May 2021');
    expect(spanOf('When was the roof repaired?', '2024-03-14  Roof repaired after the storm; 2024-13-01 is no date.')).toBe('2024-03-14');
  });

  it('gives a day without its year, or a time of day, when the passage has no full date', () => {
    expect(spanOf('When is the feast of St. Rita?', 'The feast of St. Rita is celebrated every May 22.')).toBe('May 22');
    expect(spanOf('What time will the world end?', 'Camping said it would end at 6 pm local time.')).toBe('6 pm');
    expect(spanOf('When does the ferry leave?', 'The ferry leaves at dawn.')).toBe('dawn');
    expect(spanOf('What time does the ferry leave?', 'The ferry, with room for 16:9 screens, leaves Dover at 06:55.')).toBe('06:55');
    expect(spanOf('When do owls hunt?', 'Owls hunt at night and sleep in the morning.')).toBe('at night');
    expect(spanOf('When was Raphael born?', 'Raphael was born on April 6 or March 28, 1483.')).toBe('March 28, 1483');
  });

  it('gives the later date of a range for a question about an end', () => {
    const text = 'World War II was a global war that lasted from 1939 to 1945.';
    expect(spanOf('When did World War II end?', text)).toBe('1945');
    expect(spanOf('When did World War II start?', text)).toBe('1939');
  });

  it('keeps what follows "is" when the question words are its subject', () => {
    const text = 'Mariel Margaret "Mia" Hamm (born March 17, 1972) is a retired American professional soccer player.';
    expect(spanOf('What did Mia Hamm do?', text)).toBe('retired American professional soccer player');
  });

  it('gives the name made with the noun the question asks by', () => {
    const town = 'Holly Ridge is a town in Onslow County , North Carolina , United States.';
    expect(spanOf('What county is Holly Ridge in?', town)).toBe('Onslow County');
    expect(spanOf('What county is Erie in?', 'Erie is a town in Boulder and Weld counties in Colorado.')).toBe('Boulder and Weld counties');
    expect(spanOf('What state is Milwaukee in?', 'Milwaukee is the largest city in the U.S. state of Wisconsin.')).toBe('Wisconsin');
    expect(spanOf('What committees are joint committees?', 'A Joint Committee is a committee of both chambers.')).not.toBe('Joint Committee');
    // "released" is the question's verb here, not a noun that makes a name with "OpenAI".
    expect(spanOf('Which company released Sora?', 'After OpenAI released the video generator Sora, Acme replied.')).toBe('OpenAI');
  });

  it('gives the name set beside the noun the question asks by', () => {
    expect(spanOf('Which app does the team maintain?', 'The team maintaining the photo app Snapseed grew.')).toBe('Snapseed');
    expect(spanOf('What video game did Nintendo release?', 'In 1985 Nintendo released the video game Super Mario Bros.')).toBe('Super Mario Bros');
    expect(spanOf("What is the name of Acme's drawing tool?", 'Acme admitted its drawing tool, Sketchly, lags behind.')).toBe('Sketchly');
    expect(spanOf('Which rival did the firm try to match?', 'The firm tried to match rivals like Initech.')).toBe('Initech');
    expect(spanOf('What company is behind Snapseed?', 'Nik Software, the company behind Snapseed, was sold.')).toBe('Nik Software');
    expect(spanOf('Which chatbot runs on the model?', 'The model powers Gemini and similar chatbots.')).toBe('Gemini');
    expect(spanOf('Who is the husband of Betty?', 'Betty was First Lady during the presidency of her husband Gerald Ford.')).toBe('Gerald Ford');
    expect(spanOf("Who are Acme's rivals?", 'Acme, the firm behind Snapseed, keeps pace with rivals like Initech.')).toBe('Initech');
    expect(spanOf("What are Acme's rivals?", 'Acme, the firm behind Snapseed, keeps pace with rivals like Initech.')).toBe('Initech');
    expect(spanOf('Who is the chair of Acme?', 'The board met Ada Byron, Acme’s chair, on Monday.')).toBe('Ada Byron');
    expect(spanOf("What is Acme's in-house drawing tool called?", 'Acme admitted its in-house drawing tool, Sketchly, lags behind.')).toBe('Sketchly');
    expect(spanOf("What is Acme's CEO called?", 'Ada Byron, Acme’s CEO, has laid out three goals: growth, focus and speed.')).toBe('Ada Byron');
    expect(spanOf('Which company developed Gemini?', 'Acme hired Ada Byron, a contributor to Initech’s Gemini, a model.')).toBe('Initech');
    expect(spanOf("Which company's CEO is Ada Byron?", 'Initech’s CEO Ada Byron plans to bring Gemini into the company’s strategy.')).toBe('Initech');
  });

  it('describes the name a "What is X?" question asks about by the words set beside it', () => {
    expect(spanOf('What is Snapseed?', 'The team maintaining the photo-editing app Snapseed grew.')).toBe('photo-editing app');
    expect(spanOf('What is Gemini?', 'Acme hired Ada Byron, a contributor to Initech’s Gemini, a model designed for writing code.')).toBe('model designed for writing code');
    expect(spanOf('what is sketchly?', 'Acme admitted its drawing tool, Sketchly, lags behind.')).toBe('drawing tool');
    expect(spanOf('Who is Ada Byron?', 'Initech’s CEO Ada Byron spoke.')).toBe('Initech’s CEO');
    expect(spanOf("What is Ada Byron's role?", 'Initech’s CEO Ada Byron spoke.')).toBe('Initech’s CEO');
    expect(spanOf("What's Snapseed?", 'The team maintaining the photo-editing app Snapseed grew.')).toBe('photo-editing app');
    expect(spanOf('What’s Snapseed?', 'The team maintaining the photo-editing app Snapseed grew.')).toBe('photo-editing app');
    expect(spanOf("What was Ada Byron's job?", 'The board met Ada Byron, Acme’s chair, on Monday.')).toBe('Acme’s chair');
    expect(spanOf('What is AI?', 'Initech bought OpenAI, a rival lab.')).not.toBe('rival lab');
    expect(spanOf('What is Snapseed?', 'Acme, the firm behind Snapseed, grew.')).not.toBe('firm behind');
    expect(spanOf('What is Acme?', 'After Initech released the app Snapseed, Acme admitted defeat.')).not.toBe('app Snapseed');
    expect(spanOf('What is Initech?', 'Acme keeps pace with rivals like Initech.')).not.toBe('rivals like');
    expect(spanOf('What kind of tool is Sketchly?', 'Acme admitted its in-house drawing tool, Sketchly, lags behind.')).toBe('in-house drawing tool');
    expect(spanOf('What type of app is Snapseed?', 'The team maintaining the photo-editing app Snapseed grew.')).toBe('photo-editing app');
  });

  it('describes the name by the kind it is given as one of ("like", "such as", "and other"), or by an apposition after parentheses', () => {
    expect(spanOf('What is Initech?', 'Acme keeps pace with rivals like Initech.')).toBe('rivals');
    expect(spanOf('What is GenAI?', 'Acme must adapt to emerging technologies like GenAI.')).toBe('emerging technologies');
    expect(spanOf('Who is Bob Roe?', 'Other executives, like Ada Byron and Bob Roe, left.')).toBe('executives');
    expect(spanOf('What are LLMs?', 'It hires for large language models (LLMs), the technology behind chatbots.')).toBe('technology behind chatbots');
    expect(spanOf('What is Gemini?', 'The model powers Gemini and similar chatbots.')).toBe('chatbots');
    expect(spanOf('What is Sketchly?', 'Acme sells Sketchly and other drawing tools to schools.')).toBe('drawing tools');
  });

  it('gives the name after a preposition of place for a where-question, else the rest of the passage', () => {
    expect(spanOf('Where did the Mayflower land?', 'The Mayflower was the ship that in 1620 carried 102 Pilgrims to New England.')).toBe('New England');
    expect(spanOf('Where is demand for AI talent growing?', 'In China, there is a growing demand for AI talent.')).toBe('China');
    expect(spanOf('Where is Ada Roe from?', 'Ada Roe is an American singer from Garner, North Carolina.')).toBe('Garner, North Carolina');
    expect(spanOf('Where is Scottsdale?', 'Scottsdale is a city in the eastern part of Maricopa County, Arizona.')).toBe('Maricopa County, Arizona');
    expect(spanOf('Where is the village that praised Acme?', 'Acme earned praise from a village in founder Zhang’s hometown.')).toBe('Zhang’s hometown');
    // "Ada Roe" follows no preposition; "Acme" is the question's own word.
    expect(spanOf('Where does Acme make anvils?', 'Ada Roe said Acme makes anvils in small forges.')).toBe('Ada Roe said Acme makes anvils in small forges');
  });

  it('gives null when nothing but question words remain', () => {
    expect(spanOf('keep pace', 'Keep pace.')).toBeNull();
  });
});

describe('the shipped model', () => {
  it('was trained for exactly the features this build computes', () => {
    expect(MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it('gives a probability that rises with a feature of positive weight', () => {
    const model = { features: ['bias', 'x'], weights: [0, 2], threshold: 0.5 };
    expect(probability([1, 0], model)).toBe(0.5);
    expect(probability([1, 1], model)).toBeGreaterThan(probability([1, 0.5], model));
    expect(MODEL.threshold).toBeGreaterThan(0);
    expect(MODEL.threshold).toBeLessThan(1);
  });

  it('explains an abstention by the set flag that held the passage back most', () => {
    const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
    const weights = FEATURE_NAMES.map(() => 0);
    weights[at('only_names')] = -1;
    weights[at('type_missing')] = -2;
    const model = { features: [...FEATURE_NAMES], weights, threshold: 0.5 };
    const flags = (...names: string[]) => FEATURE_NAMES.map((n) => (names.includes(n) ? 1 : 0));
    expect(abstainReason(flags('only_names', 'type_missing'), model)).toBe('type-missing');
    expect(abstainReason(flags('only_names'), model)).toBe('only-names');
    expect(abstainReason(flags(), model)).toBe('low-confidence');
  });
});

describe('names with diacritics', () => {
  it('keep their accented letters after an A–Z capital', () => {
    const text = 'The award went to Zoë Müller and Đặng Thái Sơn.';
    expect(entitiesOf(text, 'person').map((c) => text.slice(c.start, c.end))).toEqual(['Zoë Müller', 'Thái Sơn']);
  });
});

describe('sortedEntry', () => {
  it('finds an entry by its key in sorted text, first, middle and last, and nothing for a key not there', () => {
    const words = ' ant bee cat dog ';
    expect(['ant', 'bee', 'dog', 'aardvark', 'bat', 'eel', ''].map((w) => sortedEntry(words, ' ', w))).toEqual(['ant', 'bee', 'dog', undefined, undefined, undefined, undefined]);
    const lines = '\nbiggest largest\nsitu locat\n';
    expect(sortedEntry(lines, '\n', 'situ')).toBe('situ locat');
    expect(sortedEntry(lines, '\n', 'largest')).toBeUndefined();
  });
});
