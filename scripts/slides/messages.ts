/**
 * The few words a deck shows of its own (labels, the index page), in both languages side by side.
 * The deck's language is the notebook's edition (`metadata.course.language`, see grading/notebook.ts).
 */
import type { Language } from "../../lib/src/i18n/language";

export const slideMessages = {
  continued: { en: "(continued)", ko: "(계속)" },
  loading: { en: "Loading …", ko: "불러오는 중 …" },
  solution: { en: "Solution", ko: "풀이" },
  stub: { en: "The learner's cell", ko: "학습자가 받는 셀" },
  hiddenTests: { en: "Hidden tests (run only when grading; not shown to the class)", ko: "숨은 테스트 (채점할 때만 실행; 수업 화면에는 없음)" },
  instructorDeck: { en: "instructor deck", ko: "강사용 슬라이드" },
  classDeck: { en: "class deck", ko: "수업용 슬라이드" },
  corePath: { en: "core path", ko: "핵심 경로" },
  indexTitle: { en: "Slides · M2. Deep learning basics", ko: "슬라이드 · M2. 딥러닝 기본" },
  indexHelp: {
    en: "Arrow keys or space: next step · Esc: overview · S: speaker view with notes · F: full screen",
    ko: "화살표 키 또는 스페이스: 다음 단계 · Esc: 전체 보기 · S: 발표자 화면(노트) · F: 전체 화면",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SlideMessage = keyof typeof slideMessages;

export function message(key: SlideMessage, language: Language): string {
  return slideMessages[key][language];
}
