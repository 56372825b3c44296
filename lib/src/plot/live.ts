/**
 * Live progress while a network trains (notebooks 06-08): learning curves that redraw in place
 * after every epoch, never minutes of silence. Outside a notebook each epoch prints one line.
 *
 *   const live = nn.liveLearningCurves();
 *   nn.sgd(net, data, { epochs: 10, …, onEpoch: (record) => live.update(record) });
 */
import { t } from "../i18n/translate";
import { type FigureOptions } from "./figure";
import { type LearningCurveRecord, describeEpoch, learningCurves } from "./curves";
import { liveFigure, tslabWriter } from "./show";

/** Learning curves shown once and redrawn after each `update(record)`. */
export interface LiveLearningCurves {
  /** Adds one epoch's record and redraws the curves (or prints the epoch's line outside a notebook). */
  update(record: LearningCurveRecord): void;
  /** Every record received so far, in order. */
  readonly history: readonly LearningCurveRecord[];
}

/** Empty learning curves that fill in as `update` receives each epoch's record. */
export function liveLearningCurves(options: FigureOptions = {}): LiveLearningCurves {
  const history: LearningCurveRecord[] = [];
  const inKernel = tslabWriter() !== undefined;
  const display = inKernel ? liveFigure(learningCurves(history, options), t`Waiting for the first epoch…`) : undefined;
  return {
    history,
    update(record: LearningCurveRecord): void {
      const figure = learningCurves([...history, record], options);
      history.push(record);
      const text = history.map(describeEpoch).join("\n");
      if (display) display.update(figure, text);
      else console.log(describeEpoch(record));
    },
  };
}
