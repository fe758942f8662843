/**
 * The importers' diagnostics (CSV/TSV, deck files, .apkg, images, backups, limits) in the learner's
 * language: each has a code, an English text (what `Diagnostic.message` holds and the CLI prints) and
 * a Korean one. `diagnosticText` (src/lib/notes/messages.ts) reads this catalogue and the compiler's.
 */
import type { Entry, Params } from '$lib/notes/messages';

const n = (v: string | number) => (typeof v === 'number' ? v.toLocaleString('en') : v);

export const IMPORT_MESSAGES = {
	'file-too-large': {
		en: (p) => `file is too large to import: ${p.size} MB (limit ${p.limit} MB)`,
		ko: (p) => `파일이 너무 커서 가져올 수 없습니다: ${p.size} MB (한도 ${p.limit} MB)`
	},
	'csv-quote-unclosed': {
		en: (p) => `row ${p.row}: a quoted field opened here is never closed (unbalanced "), so the rest of the file would be read as one field`,
		ko: () => '여기서 연 따옴표(")가 닫히지 않아 파일의 나머지가 한 칸으로 읽힙니다'
	},
	'csv-quote-malformed': {
		en: (p) => `row ${p.row}: malformed quotes (a quoted field must end with " right before the separator)`,
		ko: () => '따옴표가 잘못되었습니다 (따옴표로 감싼 칸은 구분자 바로 앞의 "로 끝나야 합니다)'
	},
	'csv-no-rows': { en: () => 'no data rows found', ko: () => '데이터 행이 없습니다' },
	'csv-one-column': {
		en: (p) => `only one column found with separator ${p.separator}; is it the right separator?`,
		ko: (p) => `구분자 ${p.separator}로 나누면 열이 하나뿐입니다. 구분자가 맞나요?`
	},
	'csv-too-many-rows': {
		en: (p) => `${n(p.rows)} rows, the limit is ${n(p.limit)} cards: split the file`,
		ko: (p) => `${n(p.rows)}행: 한 번에 ${n(p.limit)}장까지 가져옵니다. 파일을 나누세요`
	},
	'csv-column-missing': {
		en: (p) => `row ${p.row} has ${p.columns} column(s), column ${p.need} is missing; row skipped`,
		ko: (p) => `이 줄은 열이 ${p.columns}개라 ${p.need}번째 열이 없습니다. 이 행을 건너뛰었습니다`
	},
	'csv-front-empty': { en: (p) => `row ${p.row}: the front is empty; row skipped`, ko: () => '앞면이 비어 있어 건너뛰었습니다' },
	'csv-back-empty': { en: (p) => `row ${p.row}: the back is empty; row skipped`, ko: () => '뒷면이 비어 있어 건너뛰었습니다' },
	'csv-duplicate': {
		en: (p) => `row ${p.row}: same front as the card on line ${p.first}; duplicate skipped`,
		ko: (p) => `${p.first}번째 줄의 카드와 앞면이 같아 건너뛰었습니다`
	},
	'csv-images-dropped': {
		en: (p) => `${p.count} image(s) dropped: a text file carries no media`,
		ko: (p) => `이미지 ${p.count}개를 뺐습니다: 텍스트 파일에는 이미지가 들어 있지 않습니다`
	},
	'csv-no-usable-rows': { en: () => 'no usable rows: no deck was created', ko: () => '쓸 수 있는 행이 없어 덱을 만들지 않았습니다' },
	// The engine's own words (`Expected double-quoted property name…`) are English: the Korean text points at the place instead.
	'json-syntax': { en: (p) => `not valid JSON: ${p.error}`, ko: () => 'JSON 문법 오류: 표시된 줄에서 따옴표, 쉼표, 괄호를 확인하세요' },
	'field-problem': { en: (p) => `${p.path}: ${p.problem}`, ko: (p) => `${p.path}: ${p.problemKo ?? p.problem}` },
	'too-long': {
		en: (p) => `${p.path}: ${n(p.length)} characters, the limit is ${n(p.limit)}`,
		ko: (p) => `${p.path}: ${n(p.length)}자로 한도 ${n(p.limit)}자를 넘습니다`
	},
	'too-many': {
		en: (p) => `${p.path}: ${n(p.count)} ${p.what}, the limit is ${n(p.limit)}`,
		ko: (p) => `${p.path}: ${n(p.count)}개로 한도 ${n(p.limit)}개를 넘습니다`
	},
	'image-too-long': {
		en: (p) => `${p.path}: an image of ${n(p.length)} characters, the limit is ${n(p.limit)}`,
		ko: (p) => `${p.path}: 이미지가 ${n(p.length)}자로 한도 ${n(p.limit)}자를 넘습니다`
	},
	'backup-not-backup': {
		en: (p) => `not a Deckhand backup: expected "format": "${p.format}"${p.got ? `, got "${p.got}"` : ''}`,
		ko: () => 'Deckhand 백업 파일이 아닙니다 ("format" 값이 맞지 않습니다)'
	},
	'backup-incomplete': {
		en: (p) => `counts.${p.table} is ${p.declared} but the file holds ${p.actual} ${p.table}: the file is incomplete`,
		ko: (p) => `파일이 잘려 있습니다: ${p.table}가 ${p.declared}개라고 적혀 있는데 ${p.actual}개뿐입니다`
	},
	'backup-checksum': {
		en: () => 'checksum mismatch: the file is damaged or was edited',
		ko: () => '체크섬이 맞지 않습니다: 파일이 손상되었거나 고쳐졌습니다'
	},
	'backup-duplicate-id': {
		en: (p) => `${p.path}: duplicate ${p.id} (first used by ${p.first})`,
		ko: (p) => `${p.path}: ${p.id}가 중복됩니다 (${p.first}에서 먼저 썼습니다)`
	},
	'backup-more-problems': { en: (p) => `${p.count} more problems`, ko: (p) => `문제가 ${p.count}개 더 있습니다` },
	'backup-orphan-cards': {
		en: (p) => `${p.count} card(s) of a deck the backup does not hold left out`,
		ko: (p) => `백업에 없는 덱의 카드 ${p.count}장을 뺐습니다`
	},
	'backup-orphan-states': {
		en: (p) => `${p.count} scheduling state(s) of a card the backup does not hold left out`,
		ko: (p) => `백업에 없는 카드의 학습 상태 ${p.count}개를 뺐습니다`
	},
	'backup-setting-ignored': {
		en: (p) => `data.settings.${p.path}: ${p.value} is not a valid setting; your own setting is kept`,
		ko: (p) => `설정 ${p.path} = ${p.value}: 올바른 값이 아니어서 지금 설정을 그대로 둡니다`
	},
	'deck-id-builtin': {
		en: (p) => `deck id "${p.id}" belongs to a built-in deck: this file becomes a deck of its own ("${p.newId}")`,
		ko: (p) => `덱 id "${p.id}"는 기본 덱의 것이라 이 파일은 따로 덱("${p.newId}")이 됩니다`
	},
	'apkg-not-zip': {
		en: () => 'not an Anki package: an .apkg file is a zip archive, and this file is not one',
		ko: () => 'Anki 패키지가 아닙니다: .apkg 파일은 zip 압축 파일인데 이 파일은 아닙니다'
	},
	'apkg-too-large': {
		en: (p) => `${p.detail}: not imported (a zip bomb, or a collection too big for a phone)`,
		ko: (p) => `압축을 풀면 너무 커서 가져오지 않았습니다 (${p.detail})`
	},
	'apkg-zip-damaged': {
		en: (p) => `the zip archive is damaged or truncated (${p.error})`,
		ko: (p) => `zip 파일이 손상되었거나 잘려 있습니다 (${p.error})`
	},
	'apkg-no-collection': {
		en: () => 'not an Anki package: the zip holds no collection.anki21b, collection.anki21 or collection.anki2',
		ko: () => 'Anki 패키지가 아닙니다: zip 안에 collection.anki21b, collection.anki21, collection.anki2가 없습니다'
	},
	'apkg-new-format-missing': {
		en: () => 'this package says it holds a new-format collection (collection.anki21b), but the zip has none',
		ko: () => '새 형식 컬렉션(collection.anki21b)이 있다고 적힌 패키지인데 zip 안에 없습니다'
	},
	'apkg-bad-zstd': { en: (p) => `${p.name} is not valid zstd data (${p.error})`, ko: (p) => `${p.name}의 zstd 압축이 손상되었습니다 (${p.error})` },
	'apkg-not-sqlite': { en: (p) => `${p.name} is not an SQLite database (corrupt package)`, ko: (p) => `${p.name}가 SQLite 데이터베이스가 아닙니다 (손상된 패키지)` },
	'apkg-sqlite-unavailable': {
		en: (p) => `the SQLite reader could not be loaded (${p.error})`,
		ko: (p) => `SQLite 읽기 모듈을 불러오지 못했습니다 (${p.error})`
	},
	'apkg-unreadable': {
		en: (p) => `${p.name} could not be read: ${p.error} (corrupt or not an Anki collection)`,
		ko: (p) => `${p.name}를 읽지 못했습니다: ${p.error} (손상되었거나 Anki 컬렉션이 아닙니다)`
	},
	'apkg-missing-table': {
		en: (p) => `${p.name} is not an Anki collection (no "${p.table}" table)`,
		ko: (p) => `${p.name}는 Anki 컬렉션이 아닙니다 ("${p.table}" 표가 없습니다)`
	},
	'apkg-placeholder': {
		en: () => 'this package was made by a newer Anki and only holds the "please update" placeholder collection',
		ko: () => '새 버전 Anki로 만든 패키지라 "업데이트하세요" 안내용 컬렉션만 들어 있습니다. Anki에서 "이전 버전과 호환" 옵션으로 다시 내보내세요'
	},
	'apkg-no-cards': { en: () => 'the package holds no card that could be imported', ko: () => '패키지에 가져올 수 있는 카드가 없습니다' },
	'apkg-meta-unreadable': { en: () => 'the package meta data could not be read', ko: () => '패키지의 메타 정보를 읽지 못했습니다' },
	'apkg-media-list-unreadable': {
		en: (p) => `the media list could not be read (${p.error}); images are dropped`,
		ko: (p) => `미디어 목록을 읽지 못해 이미지를 뺐습니다 (${p.error})`
	},
	'apkg-card-empty-question': {
		en: (p) => `card ${p.card}: the question side is empty; skipped`,
		ko: (p) => `카드 ${p.card}: 질문 면이 비어 있어 건너뛰었습니다`
	},
	'apkg-card-note-missing': {
		en: (p) => `card ${p.card}: its note ${p.note} is missing; skipped`,
		ko: (p) => `카드 ${p.card}: 노트 ${p.note}가 없어 건너뛰었습니다`
	},
	'apkg-card-notetype-missing': {
		en: (p) => `card ${p.card}: note type ${p.notetype} is missing; skipped`,
		ko: (p) => `카드 ${p.card}: 노트 유형 ${p.notetype}이 없어 건너뛰었습니다`
	},
	'apkg-card-cloze-missing': {
		en: (p) => `card ${p.card}: cloze ${p.cloze} is not in the note; skipped`,
		ko: (p) => `카드 ${p.card}: 빈칸 ${p.cloze}번이 노트에 없어 건너뛰었습니다`
	},
	'apkg-more-skipped': { en: (p) => `${p.count} more cards skipped`, ko: (p) => `카드 ${p.count}장을 더 건너뛰었습니다` },
	'apkg-images-missing': {
		en: (p) => `${p.count} image(s) not in the package were dropped: ${p.names}`,
		ko: (p) => `패키지에 없는 이미지 ${p.count}개를 뺐습니다: ${p.names}`
	},
	'apkg-sounds-dropped': {
		en: (p) => `${p.count} sound reference(s) dropped: Deckhand cards have no audio`,
		ko: (p) => `소리 ${p.count}개를 뺐습니다: Deckhand 카드는 소리를 담지 않습니다`
	},
	'apkg-manual-skipped': {
		en: (p) => `${p.count} manual reschedule entr${p.count === 1 ? 'y' : 'ies'} of the review log skipped`,
		ko: (p) => `복습 기록 중 수동 일정 변경 ${p.count}건을 건너뛰었습니다`
	},
	'apkg-media-unpack-failed': {
		en: (p) => `media files could not be unpacked (${p.error})`,
		ko: (p) => `미디어 파일의 압축을 풀지 못했습니다 (${p.error})`
	},
	'image-missing': { en: (p) => `image "${p.name}" is listed but missing from the zip`, ko: (p) => `이미지 "${p.name}"가 목록에는 있지만 zip 안에 없습니다` },
	'image-damaged': { en: (p) => `image "${p.name}" is damaged`, ko: (p) => `이미지 "${p.name}"가 손상되었습니다` },
	'image-not-image': {
		en: (p) => `image "${p.name}" is not a PNG, JPEG, GIF, WebP, AVIF, BMP or SVG image; dropped`,
		ko: (p) => `"${p.name}"는 PNG, JPEG, GIF, WebP, AVIF, BMP, SVG 이미지가 아니어서 뺐습니다`
	},
	'image-too-large': {
		en: (p) => `image "${p.name}" is ${p.size} MB, over the ${p.limit} MB limit per image; dropped`,
		ko: (p) => `이미지 "${p.name}"가 ${p.size} MB로 이미지당 한도 ${p.limit} MB를 넘어 뺐습니다`
	},
	'image-unpacks-too-large': {
		en: (p) => `image "${p.name}" is larger than ${p.limit} MB: dropped`,
		ko: (p) => `이미지 "${p.name}"가 ${p.limit} MB보다 커서 뺐습니다`
	},
	'images-over-total': {
		en: (p) => `image "${p.name}" would take the images of this import over ${p.limit} MB; dropped`,
		ko: (p) => `이미지 "${p.name}"를 더하면 이번 가져오기의 이미지가 ${p.limit} MB를 넘어 뺐습니다`
	}
} satisfies Record<string, Entry>;

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;

/** A problem found in a file before it becomes a diagnostic (the limits and the backup checks collect these). */
export interface Problem {
	code: ImportMessageCode;
	params: Params;
}

/** A field-level problem whose detail is the schema's own English words (`expected string, got number`). */
export const fieldProblem = (path: string, problem: string, problemKo?: string): Problem => ({
	code: 'field-problem',
	params: problemKo === undefined ? { path, problem } : { path, problem, problemKo }
});

/** The English text of a problem (for callers that still want a string). */
export const problemText = (p: Problem): string => IMPORT_MESSAGES[p.code].en(p.params);
