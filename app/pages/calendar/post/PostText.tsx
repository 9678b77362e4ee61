// A post's text as readers see it on the post page: each line its own paragraph with its own direction,
// the policy's findings and the reviewers' comments marked over it, and a selection of words turned
// into "comment on these words". The text is rendered as text; every piece knows its offsets.
import { Box, Button, Group, Text } from '@mantine/core';
import { useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITY_COLORS } from '../../../components/HighlightedTextarea.tsx';
import { IconMessages } from '../../../components/icons.tsx';
import { isolate } from '../../../i18n/isolate.ts';
import { linesOf, spanOf, type Piece, type SelectedSpan, type TextMark } from './marks.ts';

interface PostTextProps {
  text: string;
  marks: readonly TextMark[];
  /** The mark to emphasise (a comment or finding pointed at in its list). */
  activeMarkId?: string | null;
  /** Offered when words are selected; absent: the text cannot be commented on. */
  onComment?: (span: SelectedSpan) => void;
  testId: string;
}

/** Where a point of a DOM selection falls in the text, by the offsets each piece carries. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const pieceOf = (el: Element | null) => el?.closest<HTMLElement>('[data-start]') ?? null;
  const bounds = (el: HTMLElement) => [Number(el.dataset.start), Number(el.dataset.end)] as const;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = pieceOf(node.parentElement);
    if (!piece) return null;
    const [start, end] = bounds(piece);
    return Math.min(start + offset, end);
  }
  const el = node as HTMLElement;
  if (el.dataset.start !== undefined) return offset === 0 ? bounds(el)[0] : bounds(el)[1];
  const child = el.childNodes[offset];
  if (child instanceof HTMLElement) {
    const first = child.matches('[data-start]') ? child : child.querySelector<HTMLElement>('[data-start]');
    if (first) return bounds(first)[0];
  }
  const all = el.querySelectorAll<HTMLElement>('[data-start]');
  const last = all[all.length - 1];
  return last ? bounds(last)[1] : null;
}

function pieceStyle(piece: Piece, activeMarkId: string | null | undefined): CSSProperties | undefined {
  if (piece.marks.length === 0) return undefined;
  const finding = piece.marks.find((m) => m.kind === 'finding');
  const comment = piece.marks.find((m) => m.kind === 'comment');
  const active = piece.marks.some((m) => m.id === activeMarkId);
  const color = finding?.severity ? SEVERITY_COLORS[finding.severity] : 'yellow';
  return {
    background: `var(--mantine-color-${color}-${active ? 3 : 1})`,
    borderRadius: 3,
    boxShadow: finding ? `inset 0 -2px 0 var(--mantine-color-${color}-6)` : undefined,
    borderBottom: comment ? '2px dotted var(--mantine-color-yellow-8)' : undefined,
    color: 'inherit',
  };
}

/** A quote cut to `max` characters as the reader counts them (an emoji is never cut in half). */
export function shorten(quote: string, max: number): string {
  const chars = [...quote];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : quote;
}

export function PostText({ text, marks, activeMarkId, onComment, testId }: PostTextProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<SelectedSpan | null>(null);

  const readSelection = () => {
    if (!onComment || !container.current) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      setSelected(null);
      return;
    }
    const anchor = selection.anchorNode ? offsetOf(container.current, selection.anchorNode, selection.anchorOffset) : null;
    const focus = selection.focusNode ? offsetOf(container.current, selection.focusNode, selection.focusOffset) : null;
    setSelected(anchor === null || focus === null ? null : spanOf(text, anchor, focus));
  };

  return (
    <Box>
      <Box ref={container} fz="md" style={{ lineHeight: 1.7, overflowWrap: 'anywhere' }} data-testid={testId} onMouseUp={readSelection} onKeyUp={readSelection}>
        {linesOf(text, marks).map((line) => (
          <div key={line.start} dir="auto" style={{ whiteSpace: 'pre-wrap', minHeight: '1.7em' }}>
            {line.pieces.map((piece) => {
              const style = pieceStyle(piece, activeMarkId);
              const Tag = style ? 'mark' : 'span';
              return (
                <Tag key={piece.start} data-start={piece.start} data-end={piece.end} style={style} data-testid={style ? 'post-text-mark' : undefined} data-kinds={style ? piece.marks.map((m) => m.kind).join(' ') : undefined}>
                  {piece.text}
                </Tag>
              );
            })}
          </div>
        ))}
      </Box>
      {onComment && selected && (
        <Group mt="xs" gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconMessages size={14} />}
            onClick={() => {
              onComment(selected);
              setSelected(null);
              window.getSelection()?.removeAllRanges();
            }}
            data-testid={`${testId}-comment-selection`}
            maw="100%"
          >
            <Text span size="xs" truncate>
              {t('composeArea.comments.onSelection', { quote: isolate(shorten(selected.quote, 60)) })}
            </Text>
          </Button>
        </Group>
      )}
    </Box>
  );
}
