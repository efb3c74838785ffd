/**
 * Words opening an indirect question ('wondered whether the moderators will be fair', 'has not said what it will
 * charge'; words.json `whComplementizers`): one set for every quote-stage reader (content.ts, deed-contents.ts,
 * content-pointers.ts, addressee.ts). 'asked by' (reported-steps/asked-by.ts) and the topic cues' `sayingOpeners`
 * keep lists of their own: they also take 'about', 'to' or 'that', which open no question.
 */
import words from '../../data/quotes/words.json';

export const WH_COMPLEMENTIZERS: ReadonlySet<string> = new Set(words.whComplementizers.words);

/**
 * Those that open a question after an addressee ("told reporters how he saved the hotel"); not 'when', 'if',
 * 'where', 'who', 'which' ..., which as often open a setting or a relative clause on the addressee
 * (words.json `whComplementizers.notAfterAddressee`).
 */
const NOT_AFTER_ADDRESSEE: ReadonlySet<string> = new Set(words.whComplementizers.notAfterAddressee);
export const WH_COMPLEMENTIZERS_AFTER_ADDRESSEE: ReadonlySet<string> = new Set(words.whComplementizers.words.filter((w) => !NOT_AFTER_ADDRESSEE.has(w)));
