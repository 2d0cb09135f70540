import { define } from './define.js';
import { CrampDiary } from './elements/cramp-diary/cramp-diary.js';
import type { DiaryChangeDetail } from './elements/cramp-diary/cramp-diary.js';

export { CrampDiary, DIARY_STORAGE_KEY } from './elements/cramp-diary/cramp-diary.js';
export type { DiaryChangeDetail };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-diary', CrampDiary);
