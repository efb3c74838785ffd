import words from '../../data/quotes/words.json';

/**
 * Words opening an indirect question ('wondered whether the moderators will be fair', 'has not said what it will
 * charge'; words.json `whComplementizers`): one set for every quote-stage reader (content.ts, deed-contents.ts,
 * content-pointers.ts, addressee.ts). 'asked by' (reported-steps/asked-by.ts) and the topic cues' `sayingOpeners`
 * keep lists of their own: they also take 'about', 'to' or 'that', which open no question.
 */
export const WH_COMPLEMENTIZERS: ReadonlySet<string> = new Set(words.whComplementizers.words);

/** 'when', 'if', 'where', 'who', 'which' ...: as often open a setting or a relative clause on an addressee (words.json `whComplementizers.notAfterAddressee`). */
const NOT_AFTER_ADDRESSEE: ReadonlySet<string> = new Set(words.whComplementizers.notAfterAddressee);

/** Those that open a question after an addressee ("told reporters how he saved the hotel"): all but NOT_AFTER_ADDRESSEE. */
export const WH_COMPLEMENTIZERS_AFTER_ADDRESSEE: ReadonlySet<string> = new Set(words.whComplementizers.words.filter((w) => !NOT_AFTER_ADDRESSEE.has(w)));
