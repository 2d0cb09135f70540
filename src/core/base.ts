import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { VERSION } from '../version.js';
import { LangController } from './lang.js';
import { warn } from './warn.js';
import type { HeadingLevel } from './heading.js';
import { baseStyles, tokens } from './styles.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * What every cramp-kit element shares: the content pack for its language,
 * `theme`, `heading-level`, the design tokens and warnings that name the bad
 * value once.
 */
export class CrampElement extends LitElement {
  /** The cramp-kit version that defined this element (see define.ts). */
  static crampVersion = VERSION;

  static override styles = [tokens, baseStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** `light`, `dark` or `auto` (follows the reader's system). Unset: follows the page. */
  declare theme?: string;

  /** Level (2-6) of the element's top heading, to fit the host page's outline. */
  declare headingLevel?: string;

  /** The validated heading level. */
  protected level: HeadingLevel = 2;

  protected readonly langController = new LangController(this);

  private readonly warned = new Set<string>();

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.parseLevel(this.headingLevel);
    if (changed.has('theme') && this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnOnce(
        `ignored theme="${this.theme}"; use ${THEMES.join(', ')}, or leave it out to follow the page.`,
      );
    }
  }

  private parseLevel(value: string | undefined): HeadingLevel {
    if (value == null) return 2;
    const n = Number(value.trim());
    if (Number.isInteger(n) && n >= 2 && n <= 6) return n as HeadingLevel;
    const level = (Number.isFinite(n) && value.trim() !== '' ? Math.min(6, Math.max(2, Math.round(n))) : 2) as HeadingLevel;
    this.warnOnce(`heading-level="${value}" is not a whole number from 2 to 6; using ${level}.`);
    return level;
  }
}
