import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import { VERSION } from '../version.js';
import { LangController } from './lang.js';
import type { HeadingLevelValue, PartialWords, SourceId, Theme } from '../content/index.js';
import { REVIEWED, SAFETY_NET_SOURCES, type FactParts } from '../content/facts.js';
import { parseDate, readableDate } from './dates.js';
import { sourcesLine } from './sources.js';
import { asText } from './ids.js';
import { checkedNumber, withNumber } from './number.js';
import { shared } from '../content/en/shared.js';
import { warn } from './warn.js';
import type { HeadingLevel } from './heading.js';
import { baseStyles, tokens } from './styles.js';
import { restyle } from './adopt.js';
import { onServer } from './server.js';
import { atPath, focusPath, isOwnTree } from './takeover.js';
import { renderTurn, rendered } from './slices.js';

import { THEMES } from '../content/types.js';

/**
 * What every cramp-kit element shares: the content pack for its language,
 * `theme`, `heading-level`, the design tokens and warnings that name the bad
 * value once. The system tokens below apply to every element; the defaults
 * are light / dark (dark where the theme or the page's color-scheme is dark).
 *
 * @cssprop [--cramp-color-accent=#0a5bb0 / #7ab8ff] - Brand colour: links, icons, the selected tab.
 * @cssprop [--cramp-color-on-accent=#ffffff / #0b1218] - Text on the accent colour.
 * @cssprop [--cramp-color-text=inherit (themed: #1f2328 / #e8edf2)] - Text colour. Without `theme`, the page's.
 * @cssprop [--cramp-color-text-muted=#4f5761 / #b0bac5] - Secondary text. Without `theme`, mixed from the text colour.
 * @cssprop [--cramp-color-surface=transparent (themed: #ffffff / #14181d)] - Background of the element.
 * @cssprop [--cramp-color-surface-alt=#f2f4f7 / #1e242b] - Background of cards. Without `theme`, a tint of the text colour.
 * @cssprop [--cramp-color-border=#6b7480 / #8d98a5] - Borders. Without `theme`, mixed from the text colour.
 * @cssprop [--cramp-color-focus=#1a56c4 / #9ccaff] - Focus ring colour.
 * @cssprop [--cramp-focus-width=3px] - Focus ring width.
 * @cssprop [--cramp-radius=0.5em] - Corner radius.
 * @cssprop [--cramp-space-s=0.5em] - Small space.
 * @cssprop [--cramp-space-m=1em] - Medium space.
 * @cssprop [--cramp-space-l=1.5em] - Large space.
 * @cssprop [--cramp-font-family=inherit] - Font family. Default: the page's.
 * @cssprop [--cramp-font-size=inherit] - Base font size. Default: the page's.
 * @cssprop [--cramp-line-height=1.5] - Line height.
 * @cssprop [--cramp-duration=150ms] - Length of small animations (0s with reduced motion).
 *
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), shown as a call link in the "get help" lines. Default: "your local emergency number", with no number built in.
 * @attr {string} reviewed-by - Who reviewed the content for your site (a name and role), shown in the footer and the guide's JSON-LD.
 * @attr {string} reviewed-on - When your reviewer checked it, YYYY-MM-DD.
 */
export class CrampElement extends LitElement {
  /** The cramp-kit version that defined this element (see define.ts). */
  static crampVersion = VERSION;

  static override styles = [tokens, baseStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    emergencyNumber: { attribute: 'emergency-number' },
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
  };

  /** `light`, `dark` or `auto` (follows the reader's system). Unset: follows the page. */
  declare theme?: Theme;

  /** Level (2 to 9) of the element's top heading, to fit the host page's outline: 2 to 6 are `<h2>`-`<h6>`, 7 to 9 are `<h6>` with `aria-level`. */
  declare headingLevel?: HeadingLevelValue;

  /** The local emergency number (digits, +, spaces, dashes). Unset: "your local emergency number". */
  declare emergencyNumber?: string | number;

  /** Who reviewed the content for the site (a name and role), shown in the footer and the guide's JSON-LD. */
  declare reviewedBy?: string;

  /** When the site's reviewer checked it, YYYY-MM-DD. */
  declare reviewedOn?: string;

  /** The site's reviewer and review date, after checks (derived in willUpdate). */
  protected reviewer: { name: string; iso: string } | null = null;

  /** The validated heading level. */
  protected level: HeadingLevel = 2;

  /**
   * The English content parts this element shows (each element adds its own);
   * a registered pack for the page's language is laid over them.
   */
  static english: PartialWords = shared;

  /** The facts of the parts this element shows (the sources and review dates come with every element). */
  static facts: FactParts = {};

  protected readonly langController = new LangController(
    this,
    (this.constructor as typeof CrampElement).english,
    (this.constructor as typeof CrampElement).facts,
  );

  private readonly warned = new Set<string>();

  /** Attributes whose property was set to something unusable (already warned about). */
  protected readonly dropped = new Set<string>();

  /** The emergency number to show and dial, after checks (see `checkNumber`). */
  protected number = '';

  /**
   * Brings `number` up to date with `emergencyNumber`, checking (and warning
   * about) each value once: before each render, and in a method called
   * before the render that would (the checklist's summaryText).
   */
  protected checkNumber(): void {
    if (this.fresh('emergencyNumber'))
      this.number = checkedNumber(this.emergencyNumber, (m) => {
        this.warnOnce(m);
      });
  }

  /**
   * Whether the element, used alone, ends with the "get help" lines (a clot
   * in one leg: today; breathless, chest pain or collapse: the emergency
   * number). The care advice, which is the whole safety net, does not.
   */
  static safetyNet = true;

  /** Whether the element says "not a diagnosis" in its own words (the explainer, the checklist): the footer then does not say it again. */
  static ownDisclaimer = false;

  /** The content pack in use. */
  protected get pack() {
    return this.langController.pack;
  }

  /** Logs a warning once per element and message. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(`<${this.localName}> ${message}`);
  }

  /** The value each derived thing was last made from (see `fresh`). */
  private madeFrom = new Map<string, unknown>();

  /**
   * True the first time, and whenever the property `key` (made what its
   * attribute would give, as `shouldUpdate` makes it) differs from when this
   * was last asked: what is derived from it must be made again. Elements
   * derive before each render, and in a method called before the render that
   * would (the first render comes later for an element below the screen).
   */
  protected fresh(key: string): boolean {
    if (!this.hasUpdated) this.takeEarlyProperties();
    this.asAttributeGives(key);
    const { madeFrom } = this;
    const value = (this as unknown as Record<string, unknown>)[key];
    // Object.is: a NaN (hold="long") is the same NaN each time.
    if (madeFrom.has(key) && Object.is(madeFrom.get(key), value)) return false;
    madeFrom.set(key, value);
    return true;
  }

  /** A tree rendered on the server (cramp-kit/ssr), on screen until the first render takes it over or renders afresh over it. */
  private serverTree: ShadowRoot | null = null;

  /** True until the first render when the element has a tree rendered on the server (see core/takeover.ts). */
  protected get serverRendered(): boolean {
    return this.serverTree !== null;
  }

  /**
   * Rendered on the server inside another cramp-kit element's tree (a
   * guide's section): it waits, with `defer-hydration`, for its parent to
   * take its own tree over, and is taken over with it.
   */
  private nested = false;

  /** Waiting, on the page, for `defer-hydration` to go (see `nested`). */
  private deferred = false;

  /**
   * A shadow root with its styles. A tree rendered on the server stays as it
   * is until the first render (`update`) decides to take it over or render
   * afresh over it. In another document (an iframe's, for an element made here
   * and first put on the page there), lit's sheets would be refused: that
   * document gets copies of its own.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) return (this.serverTree = this.shadowRoot);
    if (this.ownerDocument === document) return super.createRenderRoot();
    const ctor = this.constructor as typeof CrampElement;
    // eslint-disable-next-line wc/attach-shadow-constructor
    const root = this.attachShadow(ctor.shadowRootOptions);
    restyle(this, root, ctor.elementStyles);
    return root;
  }

  /**
   * The first render over a tree rendered on the server: takes it over (the
   * same nodes, nothing rendered twice) when it is exactly what this element
   * renders now (core/takeover.ts, `isServerTree`), else renders afresh over
   * it in this same task, with no gap on screen, no error, and the focus where
   * the reader had it. Should taking over still fail, the element renders
   * afresh all the same: never a dead widget.
   */
  protected override update(changed: PropertyValues): void {
    const tree = this.serverTree;
    this.serverTree = null;
    let focus: number[] | null = null;
    if (tree) {
      this.renderOptions.isConnected = this.isConnected;
      try {
        if (!this.isServerTree(tree)) throw new Error("not this element's tree");
        hydrate(this.render(), tree, this.renderOptions);
        this.tookOver = true;
      } catch {
        focus = focusPath(tree);
        tree.replaceChildren();
        restyle(this, tree, (this.constructor as typeof CrampElement).elementStyles);
      }
    }
    // Taken over, Lit's render finds its parts and changes nothing; else it renders the element afresh.
    super.update(changed);
    if (tree && focus) atPath(tree, focus)?.focus({ preventScroll: true });
  }

  /** Set once this element has taken a server-rendered tree over: the elements in it (a guide's sections) may take theirs. */
  protected tookOver = false;

  /**
   * Whether a server-rendered tree is exactly what this element renders now:
   * its mark (or a parent that just took its own tree over), its language,
   * the attributes it observes, every property as its attribute gives it (a
   * script set none before this first render), and the element's own state
   * (`sameAsServer`).
   */
  private isServerTree(tree: ShadowRoot): boolean {
    const ctor = this.constructor as typeof CrampElement;
    const parent = (this.getRootNode() as ShadowRoot).host as CrampElement | undefined;
    const parentTookOver = this.nested && parent instanceof CrampElement && parent.tookOver;
    if (!isOwnTree(tree, this, this.pack.lang, ctor.observedAttributes, parentTookOver) || !this.sameAsServer()) return false;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [key, options] of ctor.elementProperties) {
      if (options.state || options.attribute === false) continue;
      const written = this.getAttribute(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
      const given =
        options.type === Boolean ? written !== null : !written?.trim() ? undefined : options.type === Number ? Number(written) : written;
      if (!Object.is(self[key] ?? undefined, given)) return false;
    }
    return true;
  }

  /** Whether the element's own state is still what the server rendered (the checklist: nothing ticked). */
  protected sameAsServer(): boolean {
    return true;
  }

  /**
   * Lit's own attributes and `defer-hydration` (see `nested`).
   * @internal
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  /** On the page: starts, unless it waits for a server-rendered parent (`defer-hydration`, see `nested`). */
  override connectedCallback(): void {
    // Only inside another element's tree: on the page itself (a copied tree), no parent would ever let it start.
    this.deferred = this.hasAttribute('defer-hydration') && this.getRootNode() instanceof ShadowRoot;
    if (this.deferred) this.nested = true;
    else super.connectedCallback();
  }

  /** The parent took its tree over and removed `defer-hydration`: this element starts now. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'defer-hydration' && value === null && this.deferred) {
      this.deferred = false;
      super.connectedCallback();
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * The first render waits for the file of the element's language (one that
   * cramp-kit ships, on its way), for `LANG_WAIT` ms at most, so a reader sees
   * their language at once rather than English changing under them. A tree
   * rendered on the server stays on screen meanwhile; if the file never
   * came, the tree (in that language) is rendered afresh in English (`update`:
   * its mark names another language). An element with no tree yet carries
   * `data-cramp-loading` while it waits.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    if (this.hasUpdated) return super.scheduleUpdate();
    // A server-rendered tree waits as long as an empty element: readable meanwhile, but it must come to life.
    const arriving = this.langController.arriving();
    if (!arriving) return this.firstUpdate();
    // Empty meanwhile: the page's CSS can keep its room (README, "No jump while loading").
    const empty = !this.serverRendered;
    if (empty) this.setAttribute('data-cramp-loading', '');
    return arriving.then(() => {
      if (empty) this.removeAttribute('data-cramp-loading');
      return this.firstUpdate();
    });
  }

  /** The first render, in its turn (core/slices.ts): a page's first renders are spread over short tasks. */
  private firstUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    const render = () => {
      try {
        return super.scheduleUpdate();
      } finally {
        rendered();
      }
    };
    const turn = renderTurn(this);
    return turn ? turn.then(render) : render();
  }

  /** Resolves once this element and every cramp-kit element in its shadow root (a guide's sections) have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const own = await super.getUpdateComplete();
    // Those on the page and not waiting for a server-rendered parent (a detached one never renders).
    const inner = [...this.renderRoot.querySelectorAll('*')].filter(
      (el): el is CrampElement => el instanceof CrampElement && el.isConnected && !el.hasAttribute('defer-hydration'),
    );
    // One at a time (they render meanwhile all the same), not Promise.all: that resolves with a list, and on a page that
    // set `then` on every object (Object.prototype.then) a list looks like a promise, and the wait would never end.
    let all = own;
    for (const el of inner) all = (await el.updateComplete) && all;
    return all;
  }

  /** Moved into another document (an iframe's): keeps its styles there (browsers drop the old sheets). */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this, this.shadowRoot, (this.constructor as typeof CrampElement).elementStyles);
  }

  /**
   * Frameworks set properties with numbers, lists, booleans and null. Before
   * the element reads them, each public property becomes what its attribute
   * would give: text (a number as its digits, a list as its items joined by
   * spaces), or a number for the numeric ones. Anything else (an object, a
   * boolean for text) is dropped for the default, with one warning naming the
   * attribute. Blank text, and a number 0 without an attribute, are "not set".
   * Setting a property here is part of this same update.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    for (const key of changed.keys()) this.asAttributeGives(key);
    return super.shouldUpdate(changed);
  }

  /**
   * Properties a page set before the element was defined: Lit keeps them
   * aside until its first update (`__instanceProperties` in its development
   * build, `_$Ep` in production). A method called before then takes them
   * now, as that update would.
   */
  private takeEarlyProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of ['__instanceProperties', '_$Ep']) {
      const early = self[name];
      if (!(early instanceof Map)) continue;
      self[name] = undefined;
      for (const [key, value] of early as Map<string, unknown>) self[key] = value;
    }
  }

  /** Makes one property what its attribute would give (see `shouldUpdate`). */
  private asAttributeGives(key: PropertyKey): void {
    const ctor = this.constructor as typeof CrampElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    const options = ctor.getPropertyOptions(key);
    if (options.state || options.attribute === false || options.type === Boolean) return;
    const value = self[key];
    const numeric = options.type === Number;
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    const written = this.getAttribute(attribute);
    // Blank text, an empty list, and a number 0 with no attribute to say so mean "not set": what
    // an empty attribute gives, and what Vue sets when a binding becomes null or undefined. The
    // default, with no warning. A blank attribute the page wrote stays on the page.
    if (numeric ? value === 0 && !written?.trim() : typeof value === 'string' && value.trim() === '') {
      if (written === null || !options.reflect) self[key] = undefined;
      return;
    }
    if (value == null || typeof value === (numeric ? 'number' : 'string')) return;
    const text = this.propertyText(attribute, String(key), value);
    if (text === undefined) this.dropped.add(attribute);
    else this.dropped.delete(attribute);
    self[key] = text === undefined || text.trim() === '' ? undefined : numeric ? Number(text) : text;
  }

  /** A property's value as its attribute's text, or undefined (with one warning) when it has none. */
  private propertyText(attribute: string, property: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    const list = Array.isArray(value);
    if (list && (value as unknown[]).every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(' ');
    const kind = list
      ? 'a list with items that are not text or numbers'
      : value === true || value === false
        ? 'true or false'
        : `a value of type ${typeof value}`;
    this.warnOnce(`${attribute} (property ${property}): ignored ${kind} (give text, a number or a list of them); using the default.`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (onServer) this.langController.useLang(this.getAttribute('lang') ?? '');
    if (changed.has('headingLevel')) this.level = this.parseLevel(this.headingLevel);
    this.checkNumber();
    if (changed.has('reviewedBy') || changed.has('reviewedOn')) this.reviewer = this.parseReviewer();
    if (changed.has('theme') && this.theme?.trim() && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnOnce(`ignored theme="${this.theme}"; use ${THEMES.join(', ')}, or leave it out to follow the page.`);
    }
  }

  private parseReviewer(): CrampElement['reviewer'] {
    const name = asText(this.reviewedBy).slice(0, 200);
    const iso = asText(this.reviewedOn);
    if (!name) {
      if (iso) this.warnOnce('reviewed-on is ignored without reviewed-by (who reviewed the content).');
      return null;
    }
    const valid = iso !== '' && parseDate(iso) !== null;
    if (iso && !valid) this.warnOnce(`reviewed-on="${iso.slice(0, 40)}" is not a date written YYYY-MM-DD; the date is left out.`);
    return { name, iso: valid ? iso : '' };
  }

  /**
   * True inside another cramp-kit element's shadow root (the guide, the
   * routine): the outer element shows the review dates and the disclaimer.
   * On the server there is no tree to look up: the outer element marks the
   * elements it renders with `data-inside` (the client agrees with it).
   */
  protected get embedded(): boolean {
    if (this.hasAttribute('data-inside')) return true;
    if (onServer) return false;
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName.startsWith('cramp-');
  }

  /** A <time> with a checked date ("2026-11-24": the facts' review dates, the site's reviewer's) as the pack's language writes it. */
  protected date(iso: string): TemplateResult | string {
    const ymd = parseDate(iso);
    if (!ymd) return iso;
    return html`<time datetime=${iso}>${readableDate(this.pack, ymd, (m) => {
      this.warnOnce(m);
    })}</time>`;
  }

  /** The site's own reviewer line ("Checked for this site by ..."), or nothing. */
  protected reviewerLine(): TemplateResult | typeof nothing {
    const { reviewer, pack } = this;
    if (!reviewer) return nothing;
    const [before, after = ''] = pack.reviewedBy('\u0000', reviewer.iso ? '\u0001' : '').split('\u0000');
    const [middle, end = ''] = after.split('\u0001');
    return html`<span class="reviewer">${before}${reviewer.name}${middle}${reviewer.iso ? this.date(reviewer.iso) : nothing}${end}</span>`;
  }

  /**
   * The footer every element used alone ends with: the "get help" lines
   * (`safetyNet`), its sources (and theirs), when the content was last
   * reviewed (and by the site's reviewer, if set), and the "not a diagnosis"
   * line, unless the element says it in its own words (`ownDisclaimer`).
   * Inside the guide or the routine, only the sources.
   */
  protected footer(sources: readonly SourceId[]): TemplateResult {
    const { pack } = this;
    if (this.embedded) return sourcesLine(pack, sources);
    const { safetyNet: safety, ownDisclaimer } = this.constructor as typeof CrampElement;
    return html`${safety ? this.safetyLines() : nothing}
      <div part="footer" class="footer muted">
        ${sourcesLine(pack, safety ? [...sources, ...SAFETY_NET_SOURCES] : sources)}
        <p class="reviewed">${pack.lastReviewed} ${this.date(REVIEWED.last)}. ${this.reviewerLine()}</p>
        ${ownDisclaimer ? nothing : html`<p class="not-diagnosis">${pack.notDiagnosis}</p>`}
      </div>`;
  }

  /** The "get help" lines: a clot in one leg, today; a clot in the lungs, the emergency number now. */
  protected safetyLines(): TemplateResult {
    const { pack } = this;
    return html`<div part="get-help" class="get-help">
      <p>${pack.safetyNet.today}</p>
      <p>${withNumber(pack.safetyNet.now, this.number, pack.localNumber)}</p>
    </div>`;
  }

  /**
   * How many heading levels the element nests below its top heading (the
   * explainer: a cause, then "Why it can cause cramps"). Its top heading is
   * at most 9 less that, so no heading shares its parent's level (9 is the
   * deepest a screen reader tells apart).
   */
  static headingDepth = 0;

  private parseLevel(value: HeadingLevelValue | undefined): HeadingLevel {
    if (value == null) return 2;
    const n = Number(String(value).trim());
    const deepest = 9 - (this.constructor as typeof CrampElement).headingDepth;
    // 7 to 9: an <h6> that says its level, where the element sits deep in a page's outline (or in the guide).
    if (Number.isInteger(n) && n >= 2 && n <= deepest) return n as HeadingLevel;
    if (Number.isInteger(n) && n > deepest && n <= 9) {
      this.warnOnce(
        `heading-level="${String(value)}" leaves no room for the ${String(9 - deepest)} heading levels inside <${this.localName}> (9 is the deepest); using ${String(deepest)}.`,
      );
      return deepest as HeadingLevel;
    }
    const level = (Number.isFinite(n) && String(value).trim() !== '' ? Math.min(deepest, Math.max(2, Math.round(n))) : 2) as HeadingLevel;
    this.warnOnce(`heading-level="${String(value)}" is not a whole number from 2 to 9; using ${String(level)}.`);
    return level;
  }
}
