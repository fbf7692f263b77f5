import type { BriefingSection } from '../../../../../../shared/briefing/model';
import { AnnotatedItemsEditor } from './AnnotatedItemsEditor';
import { ChangesSinceEditor } from './ChangesSinceEditor';
import { StatusTableEditor } from './StatusTableEditor';
import { TargetPagesEditor } from './TargetPagesEditor';
import { TextEditor } from './TextEditor';

interface SectionEditorProps {
  section: BriefingSection;
  errors: Readonly<Record<string, string>>;
  onChange: (next: BriefingSection) => void;
  idPrefix: string;
}

/** The editor of a section's own content, by its type. */
export function SectionEditor({ section, ...props }: SectionEditorProps) {
  switch (section.type) {
    case 'text':
      return <TextEditor section={section} {...props} />;
    case 'status-table':
      return <StatusTableEditor section={section} {...props} />;
    case 'target-pages':
      return <TargetPagesEditor section={section} {...props} />;
    case 'annotated-items':
      return <AnnotatedItemsEditor section={section} {...props} />;
    case 'changes-since':
      return <ChangesSinceEditor section={section} {...props} />;
  }
}
