import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { VERSION } from '../version.js';
import { LangController } from './lang.js';
import type { HeadingLevelValue, PartialWords, SourceId, Theme } from '../content/index.js';
import type { FactParts } from '../content/facts.js';
import { THEMES } from '../content/types.js';
import { shared } from '../content/shared/en.js';
import { checkedNumber } from './number.js';
import { warn } from '../warn.js';
import type { HeadingLevel } from './heading.js';
import { baseStyles, tokens } from './styles.js';
import { onServer } from './server.js';
import { RenderedElement } from './lifecycle.js';
import { headingLevel, propertyText, reflectText, reviewer, type Reviewer } from './attributes.js';
import { footer, type FooterContext } from './footer.js';

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
export class CrampElement extends RenderedElement {
  /** The cramp-kit version that defined this element (see define.ts). */
  static crampVersion = VERSION;

  static override styles = [tokens, baseStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true, converter: reflectText },
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

  /**
   * The English content parts this element shows (each element adds its own);
   * a registered pack for the page's language is laid over them.
   */
  static english: PartialWords = shared;

  /** The facts of the parts this element shows (the sources and review dates come with every element). */
  static facts: FactParts = {};

  /**
   * Whether the element, used alone, ends with the "get help" lines (a clot
   * in one leg: today; breathless, chest pain or collapse: the emergency
   * number). The care advice, which is the whole safety net, does not.
   */
  static safetyNet = true;

  /** Whether the element says "not a diagnosis" in its own words (the explainer, the checklist): the footer then does not say it again. */
  static ownDisclaimer = false;

  /**
   * How many heading levels the element nests below its top heading (the
   * explainer: a cause, then "Why it can cause cramps"). Its top heading is
   * at most 9 less that, so no heading shares its parent's level.
   */
  static headingDepth = 0;

  /**
   * The cramp-kit elements this one renders inside itself, by tag: defining
   * it defines them (define.ts).
   * @internal
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  protected readonly langController = new LangController(
    this,
    (this.constructor as typeof CrampElement).english,
    (this.constructor as typeof CrampElement).facts,
  );

  private readonly warned = new Set<string>();

  /** The content pack in use. */
  protected get pack() {
    return this.langController.pack;
  }

  /** Logs a warning once per element and message (a function of its own: modules are handed it). */
  protected readonly warnOnce = (message: string): void => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(`<${this.localName}> ${message}`);
  };

  /** A property as its attribute's text (core/attributes.ts): whatever a framework set, read where it is used. */
  protected text(key: string): string | undefined {
    const attribute = this.attributeOf(key);
    return propertyText((this as unknown as Record<string, unknown>)[key], this.getAttribute(attribute), attribute, key, this.warnOnce);
  }

  /** A numeric property as a number, or undefined when not set. */
  protected numberOf(key: string): number | undefined {
    const text = this.text(key);
    return text === undefined ? undefined : Number(text);
  }

  private attributeOf(key: string): string {
    const { attribute } = (this.constructor as typeof CrampElement).getPropertyOptions(key);
    return typeof attribute === 'string' ? attribute : key.toLowerCase();
  }

  /** The checked heading level. */
  protected get level(): HeadingLevel {
    return headingLevel(this.text('headingLevel'), (this.constructor as typeof CrampElement).headingDepth, this.localName, this.warnOnce);
  }

  /** The emergency number to show and dial, after checks ("": "your local emergency number"). */
  protected get number(): string {
    return checkedNumber(this.text('emergencyNumber'), this.warnOnce);
  }

  /** The site's reviewer and review date, after checks. */
  protected get reviewer(): Reviewer | null {
    return reviewer(this.text('reviewedBy'), this.text('reviewedOn'), this.warnOnce);
  }

  /** What the footer and its parts are made from (core/footer.ts). */
  protected get footerContext(): FooterContext {
    return { pack: this.pack, number: this.number, reviewer: this.reviewer, warn: this.warnOnce };
  }

  /** The footer (core/footer.ts): the "get help" lines, the sources, the review dates and "not a diagnosis", as fits. */
  protected footer(sources: readonly SourceId[]): TemplateResult {
    const { safetyNet, ownDisclaimer } = this.constructor as typeof CrampElement;
    return footer(this.footerContext, sources, { embedded: this.embedded, safetyNet, ownDisclaimer });
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

  /** The language it renders in (core/lifecycle.ts). */
  protected get renderLang(): string {
    return this.pack.lang;
  }

  /** While its language's file is on its way (core/lifecycle.ts). */
  protected languageArriving(): Promise<unknown> | undefined {
    return this.langController.arriving();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (onServer) this.langController.useLang(this.getAttribute('lang') ?? '');
    const theme = this.text('theme');
    if (changed.has('theme') && theme && !(THEMES as readonly string[]).includes(theme)) {
      this.warnOnce(`ignored theme="${theme}"; use ${THEMES.join(', ')}, or leave it out to follow the page.`);
    }
  }
}
