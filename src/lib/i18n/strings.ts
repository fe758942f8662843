/** UI strings. Korean is the product's first language; English mirrors every key. */
export type Lang = 'ko' | 'en';

const ko = {
	appName: 'Deckhand',
	today: '오늘',
	decks: '덱',
	review: '복습',
	stats: '통계',
	settings: '설정',
	startReview: '복습 시작',
	studyDeck: '이 덱 공부',
	showAnswer: '정답 보기',
	again: '다시',
	hard: '어려움',
	good: '알맞음',
	easy: '쉬움',
	newCards: '새 카드',
	learningCards: '학습 중',
	dueCards: '복습',
	cards: '카드',
	noDecks: '덱이 아직 없습니다.',
	allDone: '오늘 할 복습을 모두 마쳤습니다.',
	sessionDone: '세션 완료',
	reviewed: '복습한 카드',
	correct: '정답률',
	timeSpent: '걸린 시간',
	backHome: '홈으로',
	loading: '불러오는 중…',
	updateAvailable: '새 버전이 있습니다.',
	reload: '새로고침',
	later: '나중에',
	language: '언어',
	offlineReady: '오프라인에서도 사용할 수 있습니다.',
	remaining: '남은 카드',
	whatIs: '무엇일까요?',
	typeCommand: '명령어를 입력하세요',
	check: '확인',
	hint: '힌트',
	rightAnswer: '정답',
	wrongAnswer: '오답',
	expected: '예상 답',
	yourAnswer: '내 답',
	chooseOne: '하나를 고르세요',
	openExercise: '에디터에서 풀기',
	task: '과제',
	saveFailed: '저장하지 못했습니다. 답을 되돌렸습니다.',
	keyboardHint: 'Space: 정답 보기 · 1–4: 평가',
	builtin: '기본 덱',
	errorTitle: '문제가 생겼습니다'
} as const;

export type StringKey = keyof typeof ko;

const en: Record<StringKey, string> = {
	appName: 'Deckhand',
	today: 'Today',
	decks: 'Decks',
	review: 'Review',
	stats: 'Stats',
	settings: 'Settings',
	startReview: 'Start review',
	studyDeck: 'Study this deck',
	showAnswer: 'Show answer',
	again: 'Again',
	hard: 'Hard',
	good: 'Good',
	easy: 'Easy',
	newCards: 'New',
	learningCards: 'Learning',
	dueCards: 'Due',
	cards: 'cards',
	noDecks: 'No decks yet.',
	allDone: 'All done for today.',
	sessionDone: 'Session complete',
	reviewed: 'Cards reviewed',
	correct: 'Answered right',
	timeSpent: 'Time spent',
	backHome: 'Back to Today',
	loading: 'Loading…',
	updateAvailable: 'A new version is available.',
	reload: 'Reload',
	later: 'Later',
	language: 'Language',
	offlineReady: 'Ready to work offline.',
	remaining: 'Remaining',
	whatIs: 'What is it?',
	typeCommand: 'Type the command',
	check: 'Check',
	hint: 'Hint',
	rightAnswer: 'Right',
	wrongAnswer: 'Wrong',
	expected: 'Expected',
	yourAnswer: 'Your answer',
	chooseOne: 'Choose one',
	openExercise: 'Solve in the editor',
	task: 'Task',
	saveFailed: 'Could not save. The answer was undone.',
	keyboardHint: 'Space: show answer · 1–4: rate',
	builtin: 'Built-in',
	errorTitle: 'Something went wrong'
};

export const strings: Record<Lang, Record<StringKey, string>> = { ko, en };

/** The UI language for a browser language list: Korean for `ko*`, else English. */
export function detectLang(languages: readonly string[]): Lang {
	for (const tag of languages) {
		const base = tag.toLowerCase().split('-')[0];
		if (base === 'ko') return 'ko';
		if (base === 'en') return 'en';
	}
	return 'en';
}
