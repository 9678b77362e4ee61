// The post's approval steps: each step's name, who may decide it, who did and what they said; and,
// for the person whose turn it is, Approve or Request changes (with a note saying what to change).
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembersPage } from '../../../api/hooks.ts';
import type { Brand } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useDecide, type Post, type PostStepState } from '../composer/api.ts';

const STEP_COLORS: Record<PostStepState['state'], string> = { waiting: 'gray', current: 'orange', approved: 'green', changes_requested: 'grape' };

export function ApprovalPanel({ brand, post }: { brand: Brand; post: Post }) {
  const { t, i18n } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const members = useMembersPage(workspaceId, can('member.view'));
  const decide = useDecide(brand.id);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const mine = post.steps.find((s) => s.canDecide);
  const nameOf = (userId: string) => members.items.find((m) => m.userId === userId)?.name;

  const who = (step: PostStepState) => {
    const people = [...step.roles.map((r) => t(`roles.${r}`)), ...step.userIds.map((id) => nameOf(id) ?? t('composeArea.approvals.namedMember'))];
    // "any" reads as a choice (A or B), "all" as a list (A and B).
    const list = new Intl.ListFormat(i18n.language === 'he' ? 'he-IL' : 'en-GB', { type: step.mode === 'any' ? 'disjunction' : 'conjunction' }).format(people.map(isolate));
    return step.mode === 'any' ? t('composeArea.approvals.anyOf', { who: list }) : t('composeArea.approvals.allOf', { who: list });
  };

  const send = (decision: 'approve' | 'request-changes') => {
    if (decision === 'request-changes' && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    decide.mutate({ postId: post.id, decision, note: note.trim() }, { onSuccess: () => setNote('') });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="post-approvals">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('composeArea.approvals.title')}
        </Title>
        {post.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {post.submittedAt ? t('composeArea.approvals.noneNeeded') : t('composeArea.approvals.notSubmitted')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {post.steps.map((step, i) => (
              <Paper key={i} component="li" withBorder radius="sm" p="sm" data-testid="post-step" data-state={step.state}>
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text fw={600} size="sm" dir="auto">
                      {i + 1}. {step.name}
                    </Text>
                    <Badge color={STEP_COLORS[step.state]} variant="light" size="sm">
                      {t(`composeArea.approvals.states.${step.state}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {who(step)}
                  </Text>
                  {step.reason === 'finding' && (
                    <Text size="xs" c="orange.8">
                      {t('composeArea.approvals.fromFinding')}
                    </Text>
                  )}
                  {step.approvals.map((a, j) => (
                    <Stack key={j} gap={0}>
                      <Text size="xs">
                        {t(a.decision === 'approved' ? 'composeArea.approvals.approvedBy' : 'composeArea.approvals.changesBy', {
                          name: isolate(a.user.name || t('composeArea.someone')),
                          date: formatDateTime(a.at, i18n.language, brand.timeZone),
                        })}
                      </Text>
                      {a.note && (
                        <Text size="xs" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                          “{a.note}”
                        </Text>
                      )}
                    </Stack>
                  ))}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        {post.status === 'in_review' && !mine && (
          <Text size="sm" c="dimmed" data-testid="post-waiting-for">
            {t('composeArea.approvals.waiting')}
          </Text>
        )}
        {mine && (
          <Stack gap="xs" data-testid="post-decision">
            <Text size="sm" fw={500}>
              {t('composeArea.approvals.yourTurn', { step: isolate(mine.name) })}
            </Text>
            <Textarea
              label={t('composeArea.approvals.note')}
              description={t('composeArea.approvals.noteHelp')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              dir="auto"
              data-testid="post-decision-note"
              error={noteMissing ? t('composeArea.approvals.noteMissing') : undefined}
            />
            <Group gap="sm">
              <Button color="green" onClick={() => send('approve')} loading={decide.isPending && decide.variables?.decision === 'approve'} disabled={decide.isPending} data-testid="post-approve">
                {t('composeArea.approvals.approve')}
              </Button>
              <Button variant="default" onClick={() => send('request-changes')} loading={decide.isPending && decide.variables?.decision === 'request-changes'} disabled={decide.isPending} data-testid="post-request-changes">
                {t('composeArea.approvals.requestChanges')}
              </Button>
            </Group>
            <ErrorAlert error={decide.error} />
          </Stack>
        )}
        {decide.isSuccess && !mine && (
          <Alert color="green" variant="light" role="status" data-testid="post-decided">
            {decide.variables?.decision === 'approve' ? t('composeArea.approvals.approvedDone') : t('composeArea.approvals.changesDone')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
