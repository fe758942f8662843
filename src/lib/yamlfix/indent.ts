/**
 * Where the next line of YAML starts when the learner presses Enter (the editor's indent service):
 * under a `key:` that opens a block, one level deeper; after a list item `- key: value`, level with
 * its key; else level with the line above. CodeMirror's YAML grammar leaves a new line at column 0.
 */
const UNIT = 2;

/** Leading spaces of a line. */
const indentOf = (line: string) => line.length - line.trimStart().length;

/** The line without a trailing `# comment` (a `#` inside quotes is text, but rare enough on a key line). */
const withoutComment = (line: string) => line.replace(/\s+#.*$/, '').trimEnd();

/** Column for the line after `previous` (the nearest non-blank line above). */
export function yamlIndentAfter(previous: string): number {
	const text = withoutComment(previous);
	const indent = indentOf(previous);
	const item = /^(\s*)((?:-(?:\s+|$))+)/.exec(text);
	// `- name: web` → level with `name`; `- ` alone → one level inside the item.
	const dashes = item ? item[2].split('-').length - 1 : 0;
	const contentColumn = item ? item[1].length + Math.max(item[2].length, dashes * UNIT) : indent;
	const opensBlock = /:$/.test(text) || /:\s*[|>][+-]?\d*$/.test(text);
	return opensBlock ? contentColumn + UNIT : contentColumn;
}
