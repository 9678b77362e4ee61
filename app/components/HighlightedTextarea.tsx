// A textarea that marks spans of its own text as the user types (the policy checker's findings). The
// marks are drawn on a backdrop behind a transparent textarea with the same font, padding and wrapping,
// so they sit exactly under the words, in right-to-left and mixed text too. The text stays plain text.
import { Input } from '@mantine/core';
import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import type { Severity } from '../../core/policy/types.ts';

export interface TextMark {
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export const SEVERITY_COLORS: Record<Severity, string> = { block: 'red', approval: 'orange', warn: 'yellow', info: 'blue' };

interface HighlightedTextareaProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  marks: readonly TextMark[];
  /** The mark to emphasise (the finding the user points at in the list). */
  activeMarkId?: string | null;
  placeholder?: string;
  minRows?: number;
  testId?: string;
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** Splits the text into plain runs and marked runs; overlapping marks keep the more severe one. */
function segments(text: string, marks: readonly TextMark[]) {
  const order: Record<Severity, number> = { block: 0, approval: 1, warn: 2, info: 3 };
  const sorted = [...marks].filter((m) => m.end > m.start && m.start < text.length).sort((a, b) => a.start - b.start || order[a.severity] - order[b.severity]);
  const parts: { text: string; mark: TextMark | null }[] = [];
  let at = 0;
  for (const mark of sorted) {
    const start = Math.max(mark.start, at);
    const end = Math.min(mark.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: null });
    parts.push({ text: text.slice(start, end), mark });
    at = end;
  }
  parts.push({ text: text.slice(at), mark: null });
  return parts;
}

const shared = {
  fontFamily: 'inherit',
  fontSize: 'var(--mantine-font-size-md)',
  lineHeight: 1.6,
  padding: '10px 12px',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'break-word',
  wordBreak: 'normal',
  letterSpacing: 'normal',
  margin: 0,
  border: '1px solid transparent',
  boxSizing: 'border-box',
  // Both layers keep room for a scrollbar, so a long draft wraps at the same width in each.
  scrollbarGutter: 'stable',
} as const;

export function HighlightedTextarea(props: HighlightedTextareaProps) {
  const { id, label, description, value, onChange, marks, activeMarkId, placeholder, minRows = 5, testId, describedBy, textareaRef } = props;
  const backdrop = useRef<HTMLDivElement>(null);
  const own = useRef<HTMLTextAreaElement | null>(null);

  // The backdrop follows the textarea's scrolling and height, so the marks stay under their words.
  useLayoutEffect(() => {
    if (backdrop.current && own.current) backdrop.current.scrollTop = own.current.scrollTop;
  });

  const setRef = (node: HTMLTextAreaElement | null) => {
    own.current = node;
    if (typeof textareaRef === 'function') textareaRef(node);
    else if (textareaRef) (textareaRef as { current: HTMLTextAreaElement | null }).current = node;
  };

  return (
    <Input.Wrapper id={id} label={label} description={description}>
      <div
        className="br-highlighted-textarea"
        style={{
          position: 'relative',
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'var(--mantine-color-body)',
        }}
      >
        <div ref={backdrop} aria-hidden dir="auto" data-testid={testId ? `${testId}-marks` : undefined} style={{ ...shared, position: 'absolute', inset: 0, overflow: 'hidden', color: 'transparent', pointerEvents: 'none' }}>
          {segments(value, marks).map((part, i) =>
            part.mark ? (
              <mark
                key={`${part.mark.id}-${i}`}
                data-testid="finding-mark"
                data-severity={part.mark.severity}
                style={{
                  color: 'transparent',
                  borderRadius: 3,
                  background: `var(--mantine-color-${SEVERITY_COLORS[part.mark.severity]}-${part.mark.id === activeMarkId ? 3 : 1})`,
                  boxShadow: `inset 0 -2px 0 var(--mantine-color-${SEVERITY_COLORS[part.mark.severity]}-6)`,
                }}
              >
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
          {/* A textarea shows a last empty line after a final newline; the backdrop must too. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={setRef}
          dir="auto"
          data-testid={testId}
          value={value}
          placeholder={placeholder}
          rows={minRows}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
          style={{ ...shared, position: 'relative', display: 'block', width: '100%', overflowY: 'auto', background: 'transparent', color: 'var(--mantine-color-text)', resize: 'vertical', outline: 'none', minHeight: `${minRows * 1.6 + 1.5}em` }}
        />
      </div>
    </Input.Wrapper>
  );
}
