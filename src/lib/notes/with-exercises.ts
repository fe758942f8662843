/**
 * The compiler as every entry point uses it (build of the built-in decks, the CLI, import in the
 * browser): YAML blocks in notes go to the validator, which reports broken ones and turns valid
 * ones into YAML-fix exercises by mutation.
 */
import { yamlBlockToExercises } from '../yamlfix/index';
import { compileNotes } from './index';

export function compileNotesWithExercises(text: string, file: string) {
	return compileNotes(text, file, { yamlBlocks: yamlBlockToExercises });
}
