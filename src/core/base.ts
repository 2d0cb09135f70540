import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { VERSION } from '../version.js';
import { LangController } from './lang.js';
import type { PartialPack } from '../content/index.js';
import { shared } from '../content/en/shared.js';
import { warn } from './warn.js';
import type { HeadingLevel } from './heading.js';
import { baseStyles, tokens } from './styles.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

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

  /**
   * The English content parts this element shows (each element adds its own);
   * a registered pack for the page's language is laid over them.
   */
  static english: PartialPack = shared;

  protected readonly langController = new LangController(this, (this.constructor as typeof CrampElement).english);

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

  protected override willUpdate(changed: PropertyValues): void {
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
    this.warnOnce(`heading-level="${value}" is not a whole number from 2 to 6; using ${String(level)}.`);
    return level;
  }
}
