import {
  CARE_LEVELS,
  DIARY_RULE_IDS,
  type CareLevel,
  type ContentPack,
  type DiaryEntry,
  type DiaryRuleId,
  type SourceId,
} from '../../content/index.js';
import { DIARY_RULES, LONG_CRAMP_MINUTES } from '../../content/diary/facts.js';
import { numberText } from '../../core/number.js';

/**
 * The diary's entries read against the safety net, as pure functions (tested
 * in Node, tests/node/diary.test.mjs). Each rule, its level of care and its
 * sources are facts (content/diary/facts.ts): swelling in one leg (a sign of
 * a clot: urgent), a cramp over 10 minutes (urgent), swelling in both legs
 * (see a doctor soon).
 */

/** A rule the entries meet: its level of care and sources, the newest entry that meets it, and how many do. */
export interface SafetyFinding {
  rule: DiaryRuleId;
  level: CareLevel;
  sources: SourceId[];
  latest: DiaryEntry;
  count: number;
}

/** Whether an entry meets a rule. */
const meets: Record<DiaryRuleId, (entry: DiaryEntry) => boolean> = {
  'swelling-one-leg': (e) => e.swelling && e.leg !== 'both',
  'long-cramp': (e) => e.minutes > LONG_CRAMP_MINUTES,
  'swelling-both-legs': (e) => e.swelling && e.leg === 'both',
};

/** The rules the entries meet, most urgent first (then in the rules' order); `entries` newest first. */
export function safetyNet(entries: readonly DiaryEntry[]): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const rule of DIARY_RULE_IDS) {
    const met = entries.filter(meets[rule]);
    const [latest] = met;
    if (latest) findings.push({ rule, ...DIARY_RULES[rule], latest, count: met.length });
  }
  return findings.sort((a, b) => CARE_LEVELS.indexOf(a.level) - CARE_LEVELS.indexOf(b.level));
}

/** The most urgent level the findings call for, or null. */
export const careLevel = (findings: readonly SafetyFinding[]): CareLevel | null => findings[0]?.level ?? null;

/** Every source the rules cite, for the footer. */
export const RULE_SOURCES: SourceId[] = [...new Set(DIARY_RULE_IDS.flatMap((id) => DIARY_RULES[id].sources))];

/**
 * The safety net as plain text, for the copied and printed summary: each
 * finding with when it was last noted, what to do at its level, and the
 * emergency line with `number` (the site's, checked; "" for "your local
 * emergency number"). Nothing when no rule is met.
 */
export function safetyText(findings: readonly SafetyFinding[], pack: ContentPack, number: string, when: (at: string) => string): string[] {
  if (!findings.length) return [];
  const d = pack.diary;
  const lines = [d.safetyTitle];
  for (const level of CARE_LEVELS) {
    const at = findings.filter((f) => f.level === level);
    if (!at.length) continue;
    const care = pack.care[level];
    lines.push(`${care.prefix}${care.title}.`);
    for (const f of at) lines.push(`- ${d.rules[f.rule]} ${d.lastNoted(when(f.latest.at))}`);
    lines.push(`${d.ifStill} ${numberText(care.action, number, pack.localNumber)}`);
  }
  lines.push(numberText(pack.safetyNet.now, number, pack.localNumber));
  return lines;
}
