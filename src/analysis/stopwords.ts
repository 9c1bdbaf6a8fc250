/**
 * Function words that never count as a match (English; apostrophes removed, as the analyzer
 * removes them before looking words up here).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost along already also although always am among an and
  another any anybody anyone anything anyway anywhere are arent around as at be became because become becomes been
  before beforehand being below beside besides between both but by can cannot cant could couldnt did didnt do does
  doesnt doing done dont down during each either else elsewhere enough etc even ever every everyone everything
  everywhere few for from further get gets got had hadnt has hasnt have havent having he hed hell hence her here
  heres hers herself hes him himself his how hows however i id if ill im in into is isnt it its itself ive just least
  less let lets many may me might mine more moreover most mostly much must mustnt my myself neither never
  nevertheless no nobody none nor not nothing now nowhere of off often on once one only onto or other others
  otherwise ought our ours ourselves out over own per perhaps please rather really same shall shant she shed shell
  shes should shouldnt since so some somehow someone something sometime sometimes somewhere still such than that
  thats the their theirs them themselves then thence there thereafter thereby therefore therein theres these they
  theyd theyll theyre theyve this those though through throughout thru thus to together too toward towards
  under until unto up upon us very via was wasnt we wed well were werent weve what whatever whats when whence
  whenever whens where whereas whereby wherein wheres wherever whether which while whither who whoever whole whom
  whos whose why whys will with within without wont would wouldnt yet you youd youll your youre yours yourself
  yourselves youve s t d ll m re ve`.split(/\s+/).filter(Boolean),
);
