/** The import layer: file formats → Deck, backups, re-import diffs. Pure; see each module. */
export { detectFormat, type ImportFormat } from './detect';
export { MAX_IMPORT_BYTES, checkFileSize } from './diagnostics';
export { parseDeckJson, exportDeckJson, type ParseDeckResult } from './json';
export { parseDelimited, delimitedToDeck, type ParsedDelimited, type DelimitedOptions, type DelimitedDeckOptions, type AnkiTextHeaders } from './delimited';
export { readApkg, type ApkgReview, type ApkgOptions, type ApkgResult, type SqlWasmOptions } from './apkg';
export { createBackup, parseBackup, mergeBackup, BACKUP_FORMAT, type BackupData, type BackupFile, type MergeOptions, type MergeReport, type DeckRow, type CardRow } from './backup';
export { diffDecks, cardContent, type DeckDiff } from './diff';
export { exportDeckMarkdown, type MarkdownExportOptions } from './markdown';
export { htmlToText, createDomSanitizer, defaultSanitizer, type Sanitizer, type SanitizeOptions } from './sanitize';
export { expandCloze, clozeNumbers, type ClozeCard } from './cloze';
