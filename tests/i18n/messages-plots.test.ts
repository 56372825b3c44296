/**
 * The plots in the notebook's language (lib/src/plot, lib/src/i18n/ko/plots.ts): default titles, axis
 * titles, trace names, hover templates, the text/plain description and the errors are Korean after
 * setLanguage("ko") and stay English otherwise; the texts are made when the figure is made, not when
 * the module loads. Korean category labels get margins for their width (a Hangul letter ≈ two Latin ones).
 */
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../lib/src/i18n/language";
import { describeEpoch, learningCurves } from "../../lib/src/plot/curves";
import { categoryAxis, describeFigure, textWidth, wrapLabel } from "../../lib/src/plot/figure";
import { confusionMatrixFigure } from "../../lib/src/plot/heatmaps";
import { barFigure } from "../../lib/src/plot/lines";

const history = [
  { epoch: 1, trainingCost: 0.5, validationAccuracy: 0.75, seconds: 2.04 },
  { epoch: 2, trainingCost: 0.3, validationAccuracy: 0.85, seconds: 1.96 },
];

type Axis = { title: { text: string } };
const axisTitles = (layout: Record<string, unknown>): string[] => ["xaxis", "yaxis", "yaxis2"].map((k) => (layout[k] as Axis).title.text);

describe("plots in Korean and in English", () => {
  it("learning curves: axis titles, trace names and the text/plain description", () => {
    const ko = inLanguage("ko", () => learningCurves(history));
    expect(axisTitles(ko.layout)).toEqual(["에포크", "비용 C", "정확도"]);
    expect(ko.data.map((trace) => trace.name)).toEqual(["훈련 비용", "검증 정확도"]);
    expect(inLanguage("ko", () => describeFigure(ko))).toBe(
      '그림 "학습 곡선" (x: 에포크, y: 비용 C)\n  트레이스 1: scatter "훈련 비용", 점 2개\n  트레이스 2: scatter "검증 정확도", 점 2개');

    const en = inLanguage("en", () => learningCurves(history));
    expect(axisTitles(en.layout)).toEqual(["epoch", "cost C", "accuracy"]);
    expect(inLanguage("en", () => describeFigure(en))).toBe(
      'Figure "Learning curves" (x: epoch, y: cost C)\n  trace 1: scatter "training cost", 2 points\n  trace 2: scatter "validation accuracy", 2 points');
  });

  it("the line of each epoch", () => {
    expect(inLanguage("ko", () => describeEpoch(history[0]!))).toBe("에포크 1: 훈련 비용 0.5000, 검증 정확도 75.00% (2.0 s)");
    expect(inLanguage("en", () => describeEpoch(history[0]!))).toBe("Epoch 1: training cost 0.5000, validation accuracy 75.00% (2.0 s)");
  });

  it("hover templates keep plotly's %{…} fields, titles their numbers", () => {
    const ko = inLanguage("ko", () => confusionMatrixFigure([[5, 1], [2, 7]]));
    expect(ko.data[0]!["hovertemplate"]).toBe("실제 %{y}, 예측 %{x}: %{z}<extra></extra>");
    expect(ko.layout.title!.text).toBe("혼동 행렬 (행: 실제 클래스, 열: 예측 클래스)");
    const en = inLanguage("en", () => confusionMatrixFigure([[5, 1], [2, 7]]));
    expect(en.data[0]!["hovertemplate"]).toBe("actual %{y}, predicted %{x}: %{z}<extra></extra>");
  });

  it("errors: the rule and the hint in the notebook's language, names and shapes as they are", () => {
    expect(() => inLanguage("ko", () => barFigure(["a", "b"], [1, 2, 3]))).toThrow(
      "barFigure: labels와(과) values의 길이가 같아야 합니다. 받은 형상: labels [2], values [3]. 막대마다 라벨을 하나씩 주세요.");
    expect(() => inLanguage("en", () => barFigure(["a", "b"], [1, 2, 3]))).toThrow(
      "barFigure: labels and values must have the same length, got labels [2] and values [3]. Give one label for every bar.");
  });
});

describe("room for Korean labels", () => {
  it("textWidth counts a Hangul or CJK character as two Latin letters, the widest line of a <br> label, no tags", () => {
    expect(textWidth("Is the food good?")).toBe(17);
    expect(textWidth("밥은 맛있나?")).toBe(12); // 5 syllables × 2, a space, a question mark
    expect(textWidth("神经网络")).toBe(8);
    expect(textWidth("<b>성장</b><br>growth potential")).toBe(16);
    expect(wrapLabel("팀원 중에 이상한 사람은 없는가?", 13)).toEqual(["팀원 중에", "이상한 사람은", "없는가?"]);
  });

  it("seven Korean labels of about 20 characters get a larger bottom margin than seven Latin ones of 20", () => {
    const korean = Array.from({ length: 7 }, (_, i) => `${i + 1}번 질문: 팀원 중에 이상한 사람은?`);
    const latin = Array.from({ length: 7 }, (_, i) => `Question ${i + 1}: commute?`);
    expect(latin.every((label) => label.length === 20)).toBe(true);
    expect(korean.every((label) => label.length >= 19 && label.length <= 21)).toBe(true);
    expect(categoryAxis(korean).bottom).toBeGreaterThan(categoryAxis(latin).bottom);
    // and barFigure uses it: the margin below the bars, ticks that break the long labels onto lines
    const bars = barFigure(korean, [1, 2, 3, 4, 5, 6, 7]);
    expect((bars.layout["margin"] as { b: number }).b).toBe(categoryAxis(korean).bottom);
    expect((bars.layout["xaxis"] as { ticktext: string[] }).ticktext[0]).toContain("<br>");
    expect(bars.data[0]!.x).toEqual(korean); // the bars keep their whole labels (hover, categories)
  });

  it("short labels keep the plain layout", () => {
    expect(categoryAxis(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])).toMatchObject({ bottom: 60, left: 70 });
  });
});
