// Reads a program's Visa cell into two separate facts, J-1 and H-1B, each yes / no / unknown (RULES.md §3
// "Visa policy as two facts"). Applicants write "J1 only, no H1B", "H1b case by case", "cit/GC only":
// a single "visa friendly" value either dropped what they wrote or guessed, and a guess here becomes a
// visa error. The reading attaches the words around each visa's name to that visa; what the rules do
// not settle stays unknown (the audit then quotes the cell), never a guess.

import { isBlank, REASONS, type Reading } from "./cells";
import type { VisaAnswer, VisaFacts } from "./types";

const J1 = "jvisa";
const H1B = "hvisa";
const SEP = "|";

const UNKNOWN_FACTS: VisaFacts = { j1: "unknown", h1b: "unknown" };

/** Whole cells that only say the policy is not known. */
const UNKNOWN_CELL = /^(?:\?+|unknown|n a|na|not sure|unsure|unclear|tbd|ask|check|don t know|dont know|varies|case by case|maybe|not known)$/;
/** "?" or a word of doubt or condition: the visa it goes with is unknown. */
const DOUBT = /\?|\b(?:prob|probably|possibly|maybe|likely|unlikely|case by case|considered|consider|if|for fellows|sometimes|limited|tbd|unclear|unsure|not sure|varies|in the past|previously|formerly|unknown)\b/;
const NEGATION = new Set(["no", "n", "not", "without", "non", "neither", "nor", "never", "doesnt", "dont", "cannot", "cant", "none"]);
const YES = new Set(["yes", "y"]);
const ONLY = new Set(["only", "exclusively"]);
const PREFERRED = new Set(["preferred", "prefer", "prefers", "preference"]);
/** Joins visas into one list: "J-1 and H-1B", "J-1 or H-1B". */
const JOINER = new Set(["and", "or", "both", "either", "plus"]);
/** Words that add nothing to which visa: "J-1 visa", "sponsors H-1B", "J-1 (ECFMG)". */
const FILLER = new Set([
  "visa", "visas", "sponsor", "sponsors", "sponsored", "sponsoring", "sponsorship", "does", "do", "we", "they", "the",
  "program", "accepted", "accepts", "accept", "offered", "offers", "available", "ok", "ecfmg", "through", "via", "status", "type",
]);
const CITIZEN_WORDS = new Set(["us", "u", "s", "usc", "cit", "citizen", "citizens", "citizenship", "gc", "green", "card", "cards", "holders", "permanent", "resident", "residents", "lpr", "and", "or", "only"]);

/** The cell as tokens: lower-case words, "jvisa" / "hvisa" for each visa's name, "|" between clauses, "?". */
function tokensOf(text: string): string[] {
  const marked = text
    .toLowerCase()
    .replace(/\ufe0f/g, "")
    .replace(/[✓✔☑✅]/g, " yes ")
    .replace(/[✗✘❌✖]/g, " no ")
    .replace(/\bh\s*-?\s*1\s*-?\s*b\b|\bh\s*-?\s*1\b/g, ` ${H1B} `)
    .replace(/\bj\s*-?\s*1\b/g, ` ${J1} `)
    .replace(/['’]/g, "")
    .replace(/[,;/|.()[\]{}\n]+|\bbut\b|\s[-–—]\s/g, ` ${SEP} `)
    .replace(/\?/g, " ? ")
    .replace(/[^a-z0-9?| ]+/g, " ");
  return marked.split(/\s+/).filter((t) => t !== "");
}

interface Mention {
  visa: "j1" | "h1b";
  words: string[];
}

/** Each visa's name with the words that go with it: before it in its clause, after it, and clauses of no visa after it. */
function mentionsOf(tokens: string[]): Mention[] {
  const mentions: Mention[] = [];
  let pending: string[] = []; // words before the first visa of a clause
  let clause: Mention[] = [];
  let between: string[] = [];
  const closeClause = () => {
    const last = clause[clause.length - 1];
    if (last) last.words.push(...between);
    else pending.push(...between); // a clause with no visa: it goes with the visa before it, else the next one
    if (!last && mentions.length > 0) {
      mentions[mentions.length - 1]!.words.push(...pending);
      pending = [];
    }
    between = [];
    clause = [];
  };
  for (const token of tokens) {
    if (token === SEP) closeClause();
    else if (token === J1 || token === H1B) {
      const mention: Mention = { visa: token === J1 ? "j1" : "h1b", words: [] };
      const previous = clause[clause.length - 1];
      if (!previous) {
        mention.words.push(...pending, ...between);
        pending = [];
      } else if (between.every((w) => JOINER.has(w))) {
        // "no J-1 or H-1B", "J-1 and H-1B preferred": one list, so the words of either end go with both.
        mention.words = previous.words;
      } else {
        // "J1 yes H1B no", "J1 no H1B": answers right after a visa are its own, a last "no" or "not" is the next one's.
        let split = 0;
        while (split < between.length && isAnswer(between[split]!)) split++;
        if (split === between.length && NEGATION.has(between[split - 1]!)) split--;
        previous.words.push(...between.slice(0, split));
        mention.words.push(...between.slice(split).filter((w) => !JOINER.has(w)));
      }
      between = [];
      clause.push(mention);
      mentions.push(mention);
    } else between.push(token);
  }
  closeClause();
  if (pending.length > 0 && mentions.length > 0) mentions[0]!.words.push(...pending);
  return mentions;
}

const isAnswer = (w: string) => YES.has(w) || NEGATION.has(w) || ONLY.has(w) || PREFERRED.has(w) || FILLER.has(w);

interface Fact {
  answer: VisaAnswer;
  /** Nothing but the visa's name (and words that add nothing). */
  plain: boolean;
  only: boolean;
  doubt: boolean;
}

function factOf(words: string[]): Fact {
  if (DOUBT.test(words.join(" "))) return { answer: "unknown", plain: false, only: false, doubt: true };
  let no = false;
  let yes = false;
  let only = false;
  let preferred = false;
  let other = false;
  for (const w of words) {
    if (NEGATION.has(w)) no = true;
    else if (YES.has(w)) yes = true;
    else if (ONLY.has(w)) only = true;
    else if (PREFERRED.has(w)) preferred = true;
    else if (!FILLER.has(w) && !JOINER.has(w)) other = true;
  }
  const plain = !no && !yes && !preferred && !other;
  if (other || (no && (yes || only || preferred))) return { answer: "unknown", plain: false, only: false, doubt: false };
  return { answer: no ? "no" : "yes", plain: plain && !only, only, doubt: false };
}

/** The two facts of a cell that names a visa. */
function factsOfMentions(mentions: Mention[]): VisaFacts {
  const found: Partial<Record<"j1" | "h1b", VisaAnswer>> = {};
  let doubt = false;
  let allPlain = true;
  let onlyYes = false;
  for (const m of mentions) {
    const fact = factOf(m.words);
    doubt ||= fact.doubt;
    allPlain &&= fact.plain;
    onlyYes ||= fact.only && fact.answer === "yes";
    const before = found[m.visa];
    found[m.visa] = before === undefined || before === fact.answer ? fact.answer : "unknown";
  }
  // The visa the cell does not name: no after a plain list or "only", unknown after anything more.
  const other: VisaAnswer = !doubt && (allPlain || onlyYes) ? "no" : "unknown";
  return { j1: found.j1 ?? other, h1b: found.h1b ?? other };
}

/** "None", "No visa sponsorship", "Does not sponsor", "no visas at all". */
const saysNone = (words: string[]) => words.some((w) => NEGATION.has(w)) && words.every((w) => NEGATION.has(w) || FILLER.has(w) || w === "at" || w === "all");
/** "US citizens / green card only", "GC only", "cit/GC only". */
const saysCitizensOnly = (words: string[]) =>
  words.includes("only") && words.some((w) => w !== "only" && w !== "and" && w !== "or") && words.every((w) => CITIZEN_WORDS.has(w));

/** The facts of a cell that names neither visa ("None", "Both", "GC only"), or why it does not read. */
function factsWithoutMention(tokens: string[]): Reading<VisaFacts> {
  const words = tokens.filter((t) => t !== SEP);
  const text = words.join(" ");
  if (text === "" || UNKNOWN_CELL.test(text)) return { ok: true, value: UNKNOWN_FACTS };
  if (/^(?:both|all|j and h|j h|both j and h)$/.test(text)) return { ok: true, value: { j1: "yes", h1b: "yes" } };
  // Each part says no visa: "None (US citizens only)", "cit/GC only".
  const clauses = tokens.join(" ").split(SEP).map((c) => c.split(" ").filter((w) => w !== "")).filter((c) => c.length > 0);
  if (saysCitizensOnly(words) || clauses.every((c) => saysNone(c) || saysCitizensOnly(c))) return { ok: true, value: { j1: "no", h1b: "no" } };
  if (/^(?:yes|y|sponsors?|sponsored|visa|visas|sponsors visas|yes sponsors)$/.test(text)) return { ok: false, reason: REASONS.visaWhich };
  return { ok: false, reason: REASONS.visaPolicy };
}

/**
 * A Visa cell as two facts (RULES.md §3): "J-1" is J-1 yes, H-1B no; "Does not sponsor H-1B" is J-1
 * unknown, H-1B no; "H1b case by case" is unknown and unknown. Blank, "Unknown" and "?" are unknown
 * and unknown; text that names neither visa and is none of the known phrases does not read.
 */
export function readVisaPolicy(cell: unknown): Reading<VisaFacts> {
  if (isBlank(cell)) return { ok: true, value: UNKNOWN_FACTS };
  if (typeof cell !== "string") return { ok: false, reason: REASONS.visaPolicy };
  const tokens = tokensOf(cell);
  const mentions = mentionsOf(tokens);
  return mentions.length === 0 ? factsWithoutMention(tokens) : { ok: true, value: factsOfMentions(mentions) };
}

/** Both unknown: a blank cell, or one that did not read. */
export function unknownVisa(): VisaFacts {
  return UNKNOWN_FACTS;
}
