import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'cramp-kit/cramp-risk-checklist.js';
import type { ChecklistChangeDetail } from 'cramp-kit/content.js';

@Component({
  selector: 'app-risks',
  // Lets Angular's templates use the cramp-* tags.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cramp-risk-checklist heading-level="3" [value]="['diet']" (cramp-checklist-change)="changed($event)"></cramp-risk-checklist>
    <p>You ticked {{ ticked() }}.</p>
  `,
})
export class RisksComponent {
  readonly ticked = signal(0);

  changed(event: Event): void {
    this.ticked.set((event as CustomEvent<ChecklistChangeDetail>).detail.checked.length);
  }
}
