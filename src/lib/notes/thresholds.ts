/**
 * Every number the notes compiler decides by, named once. Change one here and the eval
 * (`npm run eval:notes`, tuning split only) tells what it did.
 */
export const THRESHOLDS = {
	/** A scored card is made when its quality score is at least this; below, it becomes a suggestion. */
	makeCard: 0,
	/** A suggestion is offered when its score is at least this; below, it is dropped (with a diagnostic). */
	offerSuggestion: -6,
	/** Longest answer kept: a card asks one thing and its answer is short. */
	maxBack: 300,
	/** A list answer with more items than this asks too much at once. */
	maxListItems: 3,
	/** A definition sentence is at least this long (plain characters). */
	minDefinitionChars: 6,
	/** … and at most this long. */
	maxDefinitionChars: 200,
	/** A command comment this short ("롤백", "삭제") names an action; the command's object joins it. */
	shortActionPrompt: 4,
	/** A command prompt of this many letters or fewer ("cli로 생성") rarely determines the command. */
	shortPrompt: 6
} as const;
