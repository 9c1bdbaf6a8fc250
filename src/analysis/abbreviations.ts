/**
 * Words that a period follows without ending a sentence (lowercase, without the period).
 * Dotted forms such as "U.S." and "e.g." and single initials are recognised by shape instead.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'col', 'lt', 'sgt', 'capt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle',
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn',
  'vs', 'etc', 'cf', 'al', 'approx', 'viz', 'fig', 'figs', 'eqs', 'vol', 'vols',
  'pp', 'ibid', 'incl', 'avg',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  'ave', 'blvd', 'hwy',
]);
