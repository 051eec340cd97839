import { Button } from '@fluentui/react-components';
import { ArrowUndoRegular, DocumentTextRegular } from '@fluentui/react-icons';
import { useController, usePaneState, useStrings } from './pane-context';

/** 生成审核意见 / 撤销审核意见: the bureau's review of the open workbook, written to a 审核意见 sheet. */
export function OpinionButtons() {
  const controller = useController();
  const { busy, lastOpinions } = usePaneState();
  const { s } = useStrings();
  return (
    <>
      <Button icon={<DocumentTextRegular />} title={s.generateOpinionsTitle} disabled={!!busy} onClick={() => void controller.generateOpinions()}>
        {s.generateOpinions}
      </Button>
      <Button icon={<ArrowUndoRegular />} disabled={!!busy || !lastOpinions} onClick={() => void controller.undoOpinions()}>
        {s.undoOpinions}
      </Button>
    </>
  );
}
