// This week against the plan: per network, how many posts are planned of the weekly goal, and the
// silence alert for a channel that has been quiet longer than the plan allows. Going silent hurts a
// brand, so the alert says what to do: write a post.
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Network } from '../../../../core/networks.ts';
import { publishMessage } from '../../../../core/publish/messages.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconAlert } from '../../../components/icons.tsx';
import { networkLabel } from '../../../components/networkLabel.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { formatDate } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import type { CalendarAnswer } from './api.ts';
import { counted } from './labels.ts';

interface CadencePanelProps {
  brandId: string;
  timeZone: string;
  week: CalendarAnswer | undefined;
  error: unknown;
  /** The composer's address, or null when the viewer may not write posts. */
  newPostHref: string | null;
}

export function CadencePanel({ brandId, timeZone, week, error, newPostHref }: CadencePanelProps) {
  const { t, i18n } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  const thisWeek = week?.weeks[0];
  const cadence = thisWeek?.cadence ?? [];
  const label = (network: string) => networkLabel(t, network as Network);
  return (
    <Stack gap="md" component="aside" aria-labelledby="cadence-title" data-testid="cadence-panel">
      {week?.silence.map((s) => (
        <Alert key={s.network} color="orange" variant="light" icon={<IconAlert />} title={t('calendarArea.silence.title', { network: isolate(label(s.network)) })} data-testid={`silence-${s.network}`}>
          <Stack gap="xs">
            <Text size="sm">{publishMessage('silent_channel', lang, { network: isolate(label(s.network)), silentDays: s.silentDays, postsPerWeek: s.postsPerWeek })}</Text>
            {newPostHref && (
              <Button component={Link} to={newPostHref} size="xs" variant="white" color="orange" style={{ alignSelf: 'flex-start' }}>
                {t('calendarArea.silence.write')}
              </Button>
            )}
          </Stack>
        </Alert>
      ))}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <div>
            <Title order={2} fz="md" id="cadence-title">
              {t('calendarArea.cadence.title')}
            </Title>
            {thisWeek && (
              <Text size="xs" c="dimmed">
                {t('calendarArea.cadence.weekOf', { date: formatDate(thisWeek.weekStart, i18n.language, timeZone) })}
              </Text>
            )}
          </div>
          {error ? <ErrorAlert error={error} /> : null}
          {week && cadence.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('calendarArea.cadence.noPlan')}{' '}
              <Anchor component={Link} to={`/w/${workspaceId}/plan?brand=${encodeURIComponent(brandId)}`} size="sm">
                {t('calendarArea.cadence.toPlan')}
              </Anchor>
            </Text>
          )}
          {cadence.map((item) => {
            // The network's name isolated, so "Bluesky: 1 of 3" reads in order inside a Hebrew sentence.
            const line = publishMessage('cadence_week', lang, { network: isolate(label(item.network)), planned: item.planned, goal: item.goal });
            return (
              <Stack key={item.network} gap={4} data-testid={`cadence-${item.network}`} data-met={item.met}>
                <Text size="sm" fw={500}>
                  {line}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={item.goal === 0 ? 100 : Math.min(100, (item.planned / item.goal) * 100)}
                    color={item.met ? 'green' : 'blue'}
                    size="sm"
                    style={{ flex: 1 }}
                    aria-label={line}
                  />
                  <Badge size="sm" variant="light" color={item.met ? 'green' : 'gray'} tt="none" style={{ flex: 'none' }}>
                    {item.met ? t('calendarArea.cadence.met') : counted(t, 'calendarArea.cadence.remaining', item.remaining)}
                  </Badge>
                </Group>
                {(item.published > 0 || item.scheduled > 0) && (
                  <Text size="xs" c="dimmed">
                    {t('calendarArea.cadence.split', { published: item.published, scheduled: item.scheduled })}
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      </Paper>
    </Stack>
  );
}
